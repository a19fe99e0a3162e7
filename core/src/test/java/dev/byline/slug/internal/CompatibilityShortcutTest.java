package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.slug.Slugger;
import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The main loop settles full-width ASCII and CJK punctuation without the normalizer; these tests
 * hold the shortcut to what NFKC says, character by character and slug by slug.
 */
class CompatibilityShortcutTest {

    private static String nfkc(int cp) {
        return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    }

    @Test
    void fullwidthFormsAreTheirAsciiCharacterUnderNfkc() {
        int count = 0;
        for (int cp = 0; cp < 0x10000; cp++) {
            if (Romanizer.isFullwidthAscii(cp)) {
                count++;
                assertThat(nfkc(cp)).as("U+%04X", cp).isEqualTo(String.valueOf(Romanizer.toAscii(cp)));
                assertThat(Romanizer.toAscii(cp)).isBetween('!', '~');
            }
        }
        assertThat(count).isEqualTo(94);
    }

    @Test
    void cjkPunctuationIsItsOwnNfkcFormOrASpaceAndNoLetter() {
        int count = 0;
        for (int cp = 0; cp < 0x10000; cp++) {
            if (Romanizer.isCjkPunctuation(cp)) {
                count++;
                assertThat(Character.isLetter(cp)).isFalse();
                assertThat(Marks.isMark(cp)).isFalse();
                assertThat(nfkc(cp)).as("U+%04X", cp).isIn(new String(Character.toChars(cp)), " ");
            }
        }
        assertThat(count).isGreaterThan(30);
    }

    @Test
    void cjkPunctuationSeparatesWordsAsASpaceDoes() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.CHINESE, Locale.JAPANESE, Locale.forLanguageTag("tr")}) {
            Slugger slugger = Slugger.forLocale(locale);
            for (int cp = 0x3000; cp <= 0x3030; cp++) {
                if (Romanizer.isCjkPunctuation(cp)) {
                    String c = String.valueOf((char) cp);
                    assertThat(slugger.slugify("Kabul" + c + "2024" + c + "ok" + c).value()).as("U+%04X in %s", cp, locale)
                            .isEqualTo(slugger.slugify("Kabul 2024 ok ").value());
                }
            }
        }
    }

    @Test
    void fullwidthLettersAndDigitsAreWrittenAsTheirAsciiForms() {
        Slugger slugger = Slugger.forLocale(Locale.ROOT);
        for (int cp = 0xFF01; cp <= 0xFF5E; cp++) {
            char ascii = Romanizer.toAscii(cp);
            if (Character.isLetterOrDigit(ascii)) {
                String c = String.valueOf((char) cp);
                assertThat(slugger.slugify("Kabul " + c + c + " 2024").value()).as("U+%04X", cp)
                        .isEqualTo(slugger.slugify("Kabul " + ascii + ascii + " 2024").value());
            }
        }
    }

    @Test
    void fullwidthPunctuationInChineseTitles() {
        Slugger slugger = Slugger.forLocale(Locale.CHINESE);
        assertThat(slugger.slugify("北京：欢迎，你好？").value()).isEqualTo("bei-jing-huan-ying-ni-hao");
        assertThat(slugger.slugify("ＡＢＣ新闻（２０２４）").value()).isEqualTo("abc-xin-wen-2024");
        // ＆ is & to the language rules: 和 in Chinese
        assertThat(slugger.slugify("喀布尔＆莫斯科").value()).isEqualTo("ka-bu-er-he-mo-si-ke");
    }
}
