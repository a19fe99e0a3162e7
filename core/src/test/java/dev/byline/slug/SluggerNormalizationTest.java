package dev.byline.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title that is not in Unicode NFC (decomposed letters, conjoining jamo, characters NFC
 * replaces) gives the same slug as the same title in NFC.
 */
class SluggerNormalizationTest {

    @ParameterizedTest(name = "[{0}] {2}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | Cafe\\u0301 cre\\u0300me              | cafe-creme
            ko | \\u1112\\u1161\\u11AB\\u1100\\u116E\\u11A8 | hanguk
            el | \\u1F71\\u03BB\\u03C6\\u03B1           | alfa
            el | \\u03A9\\u0313\\u03C1\\u03B1           | ora
            hi | \\u0958\\u093E\\u0928\\u0942\\u0928     | qanun
            en | \\u2126hm \\u212Bngstr\\u00F6m        | ohm-angstrom
            """)
    void titleNotInNfcGivesTheSlugOfItsNfcForm(String tag, String escaped, String expected) {
        String title = unescape(escaped);
        Slugger slugger = Slugger.forLocale(Locale.forLanguageTag(tag));
        String nfc = Normalizer.normalize(title, Normalizer.Form.NFC);

        assertThat(title).isNotEqualTo(nfc);
        assertThat(slugger.slugify(title).value()).isEqualTo(slugger.slugify(nfc).value()).isEqualTo(expected);
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
