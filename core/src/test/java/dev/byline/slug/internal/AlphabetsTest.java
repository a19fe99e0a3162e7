package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of the alphabets and syllabaries read letter by letter, one case each. */
class AlphabetsTest {

    private static String write(ScriptRules rules, String s) {
        SlugBuilder out = new SlugBuilder('-', 16);
        int end = rules.write(s, 0, out);
        assertThat(end).isEqualTo(s.length());
        return out.toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "Երևան, yerevan", "Այո, ayo", "Ոսկի, voski", "Հայոց, hayots", "Նաև, nayev", "Սևան, sevan",
        "ՈՒՍՈՒՑԻՉ, usutsich", "Ո՞վ, vov", "Եւ, yev", "ﬓեծ, mnets", "Ռուբեն, rruben",
    })
    void armenianFollowsBgn(String word, String expected) {
        assertThat(write(Armenian.RULES, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "წყალი, tsqali", "ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ, sakartvelo", "ႱႠႵႠႰႧႥႤႪႭ, sakartvelo", "ⴑⴀⴕⴀⴐⴇⴅⴄⴊⴍ, sakartvelo",
        "ჭადრაკი, chadraki", "ჰაერი, haeri", "ჱ, e",
    })
    void georgianReadsEveryAlphabetOfTheScript(String word, String expected) {
        assertThat(write(Georgian.RULES, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "שלום, shalom", "שָׁלוֹם, shalom", "שׂרה, sara", "ירושלים, yiroshlim", "בית, bit", "אביב, aviv",
        "כפר, kafr", "מכבי, makhvi", "ספר, safr", "פתח, path", "תקווה, takva", "ווינה, vina",
        "ג׳ירפה, jirfa", "ז׳קט, zhakt", "צ׳יפס, chifs", "נתניה, natnya", "שוּק, shuk", "סבא, sava",
    })
    void hebrewFollowsItsLettersAndTheDocumentedGuesses(String word, String expected) {
        assertThat(write(Hebrew.RULES, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ኢትዮጵያ, ityopya", "ሰላም, selam", "አበባ, abeba", "እንደ, ende", "ሏ, lwa", "ቋንቋ, kwankwa", "ጐ, gwe",
        "ፘ, rya", "ጠጅ, tej", "ቀን, ken", "፩፪, ''",
    })
    void ethiopicSyllablesAreConsonantAndOrder(String word, String expected) {
        assertThat(write(Ethiopic.RULES, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ㄅㄆㄇㄈ, b-p-m-f", "ㄅㄟˇㄐㄧㄥ, bei-jing", "ㄓ, zhi", "ㄙ, si", "ㄧ, yi", "ㄨ, wu", "ㄩ, yu", "ㄧㄡ, you", "ㄌㄧㄡ, liu", "ㄨㄟ, wei",
        "ㄍㄨㄟ, gui", "ㄨㄣ, wen", "ㄉㄨㄣ, dun", "ㄓㄨㄥ, zhong", "ㄨㄥ, weng", "ㄐㄩ, ju", "ㄩㄥ, yong",
        "ㄒㄩㄥ, xiong", "ㄩㄝ, yue", "ㄋㄩ, nu", "ㄧㄣ, yin", "ㄅㄧㄥ, bing", "ㄦ, er", "ㄏㄨㄛ, huo",
    })
    void bopomofoIsSpelledAsPinyin(String syllables, String expected) {
        assertThat(write(Bopomofo.RULES, syllables)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"ދިވެހި, dhivehi", "މާލެ, maale", "ބައްޕަ, bappa", "ރަށް, rash", "ބޭއް, beyh", "ޢަލީ, alee"})
    void thaanaFollowsMaldivianLatin(String word, String expected) {
        assertThat(write(Thaana.RULES, word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "မြန်မာ, myanma", "ကျောင်း, kyaung", "မန္တလေး, mantale", "နေပြည်တော်, nepyitaw", "သတင်း, thatin",
        "ရှမ်း, shan", "ပုဂံ, pu-gan", "ဧရာဝတီ, eyawati", "၂၀, 20",
    })
    void myanmarReadsFinalsWithTheirVowel(String word, String expected) {
        assertThat(write(Myanmar.RULES, word)).isEqualTo(expected);
    }
}
