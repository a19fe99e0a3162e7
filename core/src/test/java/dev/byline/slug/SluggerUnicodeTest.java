package dev.byline.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unicode slugs: which characters are kept, which are dropped and which separate words. */
class SluggerUnicodeTest {

    private static String slug(String tag, String title) {
        return Slugger.builder().locale(Locale.forLanguageTag(tag)).unicode(true).build().slugify(title).value();
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Windows 11 and ٢٠٢٤     | windows-11-and-٢٠٢٤
            ja | ラーメン と コーヒー     | ラーメン-と-コーヒー
            hi | हिंदी समाचार            | हिंदी-समाचार
            en | Don’t stop ‘now’        | dont-stop-now
            fr | l’été                   | l-été
            en | rock & roll, AT&T       | rock-and-roll-att
            ca | Col·lecció 3·4          | collecció-3-4
            en | Rock♥Roll €5            | rock-roll-5
            en | IRMAK                   | irmak
            az | IRMAK                   | ırmak
            """)
    void keepsLettersMarksAndDigitsAndTreatsPunctuationAsInAsciiSlugs(String tag, String title, String expected) {
        assertThat(slug(tag, title)).isEqualTo(expected);
    }

    @Test
    void everyArabicVowelMarkIsDroppedButTheLettersAndDigitsAroundTheRangeAreKept() {
        String marks = IntStream.rangeClosed(0x064B, 0x065F)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

        assertThat(slug("ar", "شكر" + marks + "ا")).isEqualTo("شكرا");
        assertThat(slug("ar", "شكرًا")).isEqualTo("شكرا");
        assertThat(slug("ar", "ي\u0660")).isEqualTo("ي٠");
    }
}
