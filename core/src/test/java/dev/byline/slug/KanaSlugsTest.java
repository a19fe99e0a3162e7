package dev.byline.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kana outside everyday titles: small katakana for Ainu, rare katakana, the ends of the kana blocks. */
class KanaSlugsTest {

    private static final Slugger JAPANESE = Slugger.forLocale(Locale.JAPANESE);

    @ParameterizedTest(name = "ア{0} -> {1}")
    @CsvSource({
        "ㇰ, aku", "ㇱ, ashi", "ㇲ, asu", "ㇳ, ato", "ㇴ, anu", "ㇵ, aha", "ㇶ, ahi", "ㇷ, afu",
        "ㇸ, ahe", "ㇹ, aho", "ㇺ, amu", "ㇻ, ara", "ㇼ, ari", "ㇽ, aru", "ㇾ, are", "ㇿ, aro"})
    void smallKatakanaForAinuReadAsTheirFullSizeKana(String small, String expected) {
        assertThat(JAPANESE.slugify("ア" + small).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ヷイン, wain", "ヸタ, ita", "ヹル, eru", "ヺル, oru"})
    void katakanaWithDakutenOnWaWiWeWoReadAsTheirVowel(String word, String expected) {
        assertThat(JAPANESE.slugify(word).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"こゝろ, kokoro", "いすゞ, isuzu", "ココヽ, kokoko", "バヽ, baha", "ハヾ, haba", "ぶゝ, bufu", "ぷゞ, pubu",
        "ゝあ, a", "ウヾ, uvu", "ンヽ, nn",
        "かゞみ, kagami", "がゝ, gaka", "パヽ, paha"})
    void iterationMarksRepeatTheKanaBeforeThem(String word, String expected) {
        assertThat(JAPANESE.slugify(word).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ツィ, tsi", "ティ, ti", "ディ, di", "ツァ, tsa", "トゥ, tu", "ファ, fa"})
    void smallVowelsAfterAConsonantReplaceItsVowel(String word, String expected) {
        assertThat(JAPANESE.slugify(word).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}ト -> {1}to")
    @CsvSource({"ぁ, a", "ゖ, ke", "ァ, a", "ヶ, ke", "ヵ, ka"})
    void kanaAtTheEndsOfTheirBlocksAreRead(String kana, String expected) {
        assertThat(JAPANESE.slugify(kana + "ト").value()).isEqualTo(expected + "to");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"あっあ, aa", "えっお, eo", "きって, kitte"})
    void smallTsuDoublesAConsonantButNotAVowel(String word, String expected) {
        assertThat(JAPANESE.slugify(word).value()).isEqualTo(expected);
    }
}
