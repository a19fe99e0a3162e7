package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TibetanKhmerTest {

    private static String write(ScriptRules rules, String s) {
        SlugBuilder out = new SlugBuilder('-', 16);
        int end = rules.write(s, 0, out);
        assertThat(end).isEqualTo(s.length());
        return out.toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "བོད, bo", "ཆོས, cho", "ཁབ, khap", "ལེགས, lek", // suffixes: silent with umlaut, k p, the second silent
        "རྒྱལ, gyel", "སྐད, ke", "རྩེ, tse", // superscripts silent
        "ཀྱི, kyi", "ཕྱུག, chuk", "བྱང, jang", "མྱུར, nyur", // ya subscript
        "བཀྲ, tra", "འབྲས, dre", "གྲོང, drong", "སྲིད, si", // ra subscript, prefixes silent
        "ཟླ, da", "བླ, la", "ལྷ, lha", // la subscript, lh
        "དབང, wang", "དབྱངས, yang", "དབུ, wu", // prefix d before b
        "དགོན, gon", "མདོ, do", "དགས, ge", // prefix or root when no vowel is written
        "པའི, pe", "ཧཱུྃ, hum", "༢༠, 20",
    })
    void tibetanSyllablesAreReadFromTheirRootLetter(String syllable, String expected) {
        assertThat(write(Tibetan.RULES, syllable)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "កា, ka", "គា, kea", "កិ, ke", "គិ, ki", "ក, ka", "គ, ko", // the two series
        "ខ្មែរ, khmer", "ភ្នំ, phnom", "ព្រះ, preah", "ដំ, dam", // clusters, nikahit, reahmuk
        "កម្ពុជា, kampuchea", "ទន្លេ, tonle", // a consonant before a subscript ends the syllable
        "វត្ត, vot", "ចក្រ, chak", // doubled finals and word-final subscripts
        "ប៉ា, pa", "ស៊ី, si", // musikatoan and triisap change the series
        "ច្រើនៗ, chraeun-chraeun", "២០២៤, 2024",
    })
    void khmerSyllablesFollowTheSeriesOfTheirConsonant(String word, String expected) {
        assertThat(write(Khmer.RULES, word)).isEqualTo(expected);
    }
}
