package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrahmicTest {

    private static String write(String s) {
        Brahmic rules = Brahmic.of(s.charAt(0));
        assertThat(rules).isNotNull();
        SlugBuilder out = new SlugBuilder('-', 16);
        int end = rules.write(s, 0, out);
        assertThat(end).isEqualTo(s.length());
        return out.toString();
    }

    @Test
    void coversTheBlocksFromBengaliToSinhala() {
        assertThat(Brahmic.of(0x097F)).isNull();
        assertThat(Brahmic.of(0x0980)).isSameAs(Brahmic.BENGALI);
        assertThat(Brahmic.of(0x0A00)).isSameAs(Brahmic.GURMUKHI);
        assertThat(Brahmic.of(0x0AFF)).isSameAs(Brahmic.GUJARATI);
        assertThat(Brahmic.of(0x0B00)).isSameAs(Brahmic.ORIYA);
        assertThat(Brahmic.of(0x0BFF)).isSameAs(Brahmic.TAMIL);
        assertThat(Brahmic.of(0x0C00)).isSameAs(Brahmic.TELUGU);
        assertThat(Brahmic.of(0x0CFF)).isSameAs(Brahmic.KANNADA);
        assertThat(Brahmic.of(0x0D00)).isSameAs(Brahmic.MALAYALAM);
        assertThat(Brahmic.of(0x0DFF)).isSameAs(Brahmic.SINHALA);
        assertThat(Brahmic.of(0x0E00)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ভারত, bharat", "ভারত, bharat", // Bengali drops the final inherent vowel
        "ଭାରତ, bharata", // Oriya keeps it
        "ಭಾರತ, bharata", "భారత, bharata", "ഭാരത, bharata", // so do the Dravidian languages
        "ગુજરાત, gujarat", "ਪੰਜਾਬ, panjab",
        "মিত্র, mitra", // kept after a cluster ending in r
    })
    void theInherentVowelIsDroppedAtTheEndOfAWordOnlyWhereTheLanguageDoes(String word, String expected) {
        assertThat(write(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "கடல், kadal", "பட்டம், pattam", "அப்பா, appa", "அம்பு, ambu", "பந்து, pandu", "தங்கம், tangam",
        "முருகன், murugan", "சென்னை, chennai", "பசி, pasi", "பஞ்சு, panju",
    })
    void tamilStopsAreVoicedBetweenVowelsAndAfterANasal(String word, String expected) {
        assertThat(write(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "മലയാളം, malayalam", "ಕನ್ನಡಂ, kannadam", "సంగం, sangam", "ලංකාව, lankava", "অংশ, angsh", "ਸੰਤ, sant",
        "ಸಂಪತ್ತು, sampattu", "ਅੰਬ, amb",
    })
    void nasalSignsAreNOrMByTheNextLetterAndTheLanguage(String word, String expected) {
        assertThat(write(word)).isEqualTo(expected);
    }

    @Test
    void nuktaLettersJoinersChilluAndAddak() {
        assertThat(write("ড়")).isEqualTo("ra");
        assertThat(write("ଓଡ଼ିଆ")).isEqualTo("odia");
        assertThat(write("ਜ਼ਮੀਨ")).isEqualTo("zamin");
        assertThat(write("ශ්‍රී")).isEqualTo("sri");
        assertThat(write("ക്‍ഷേത്രം")).isEqualTo("kshetram");
        assertThat(write("അവൻ")).isEqualTo("avan");
        assertThat(write("ਪੱਕਾ")).isEqualTo("pakka");
        assertThat(write("ਸਿੱਖ")).isEqualTo("sikh");
        assertThat(write("বিদ্যা")).isEqualTo("bidya");
        assertThat(write("বিশ্ব")).isEqualTo("bishwa");
        assertThat(write("সর্ব")).isEqualTo("sarb");
    }

    @Test
    void nativeDigitsAreAsciiDigits() {
        assertThat(write("২০২৪")).isEqualTo("2024");
        assertThat(write("௨௦௨௪")).isEqualTo("2024");
        assertThat(write("෧෨")).isEqualTo("12");
    }

    @Test
    void theSinhalaPunctuationMarkEndsAWord() {
        assertThat(write("කොළඹ෴ගාල්ල")).isEqualTo("kolamba-galla");
    }
}
