package dev.byline.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Body;
import dev.byline.BodyFormat;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextStatsTest {

    @ParameterizedTest(name = "{0}: {2} words in \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            en | The quick brown fox doesn't jump over 1,000 lazy dogs.  | 10
            tr | Rusya-Taliban ilişkileri: ne değişti?                   | 5
            ru | Москва и Талибан: что дальше?                            | 5
            fa | روسیه و طالبان در افغانستان                              | 5
            he | שלום עולם, מה שלומך?                                     | 4
            el | Η γρήγορη καφέ αλεπού.                                   | 4
            hi | भारत एक विशाल देश है।                                     | 5
            th | ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำ                   | 11
            zh | 我们今天去北京大学学习中文。                                  | 7
            ja | 私は東京で日本語を勉強しています。                            | 10
            ko | 대한민국의 수도는 서울입니다.                                 | 3
            km | ភាសាខ្មែរគឺជាភាសាផ្លូវការ                                    | 3
            """)
    void wordsAreCountedWithIcuWordRules(String language, String text, int expected) {
        assertThat(TextStats.wordCount(text, Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @Test
    void punctuationSpacesAndEmptyTextCountNothing() {
        assertThat(TextStats.wordCount("", Locale.ENGLISH)).isZero();
        assertThat(TextStats.wordCount(" — … !? ", Locale.ENGLISH)).isZero();
        assertThat(TextStats.wordCount("😀 🇹🇷", Locale.ENGLISH)).isZero();
    }

    @Test
    void bodiesAreCountedAsTheTextAReaderSees() {
        Body html = Body.of(BodyFormat.HTML, "<p>Two words</p><script>not counted at all</script><p>three more words</p>");
        Body markdown = Body.of(BodyFormat.MARKDOWN, "# Two words\n\n**three** more [words](https://example.org/a-b-c-d)");
        assertThat(TextStats.wordCount(html, Locale.ENGLISH)).isEqualTo(5);
        assertThat(TextStats.wordCount(markdown, Locale.ENGLISH)).isEqualTo(5);
        assertThat(TextStats.wordCount(Body.of(BodyFormat.TEXT, "a b\n\nc"), Locale.ENGLISH)).isEqualTo(3);
    }

    @Test
    void englishIsReadSilentlyAt238WordsAMinute() {
        // Brysbaert (2019): silent reading of English non-fiction
        assertThat(TextStats.readingTime("word ".repeat(238), Locale.ENGLISH)).isEqualTo(Duration.ofMinutes(1));
        assertThat(TextStats.readingTime("word ".repeat(2380), Locale.ENGLISH)).isEqualTo(Duration.ofMinutes(10));
        // not the IReST rate of reading aloud, 228, any more
        assertThat(TextStats.readingTime("word ".repeat(228), Locale.ENGLISH)).isEqualTo(Duration.ofSeconds(57));
    }

    @Test
    void otherLanguagesScaleTheirIrestRateLikeEnglish() {
        // Turkish: IReST 166 words a minute, x 238 / 228 = 173.3
        assertThat(TextStats.readingTime("kelime ".repeat(1733), Locale.forLanguageTag("tr")))
                .isEqualTo(Duration.ofMinutes(10));
        // Latin-script language outside the study: the Latin mean, 188.6 x 238 / 228 = 196.9
        assertThat(TextStats.readingTime("neno ".repeat(1969), Locale.forLanguageTag("sw")))
                .isEqualTo(Duration.ofMinutes(10));
        // Arabic: 138 x 238 / 228 = 144.1
        assertThat(TextStats.readingTime("كلمة ".repeat(1441), Locale.forLanguageTag("ar")))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(TextStats.readingTime("", Locale.ENGLISH)).isEqualTo(Duration.ZERO);
    }

    @Test
    void chineseAndJapaneseAreTimedByCharacters() {
        // IReST 255 and 357 characters a minute, x 238 / 228 = 266.2 and 372.7
        assertThat(TextStats.readingTime("中文".repeat(1331), Locale.forLanguageTag("zh")))
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(TextStats.readingTime("ひらがな".repeat(932), Locale.forLanguageTag("ja")))
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void foreignWordsInATextUseTheirScriptsSpeed() {
        // Cyrillic words inside an English article: the Russian speed applies to them, 184 x 238 / 228 = 192.1
        assertThat(TextStats.readingTime("слово ".repeat(1921), Locale.ENGLISH)).isEqualTo(Duration.ofMinutes(10));
    }

    @ParameterizedTest(name = "{0}: {2} words of \"{1}\" take a minute")
    @CsvSource(delimiter = '|', textBlock = """
            uk | слово  | 1921
            fa | کلمه   | 1441
            yi | װאָרט  | 1952
            el | λέξη   | 1921
            hi | शब्द    | 1921
            """)
    void languagesOutsideTheStudyUseTheirScriptsSpeed(String language, String word, int perTenMinutes) {
        // Cyrillic, Arabic and Hebrew script take the Russian, Arabic and Hebrew speeds (192.1, 144.1, 195.2);
        // any other script the mean of the study (192.1)
        assertThat(TextStats.readingTime((word + " ").repeat(perTenMinutes), Locale.forLanguageTag(language)))
                .isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void numbersAreWordsReadAtTheMeanSpeed() {
        assertThat(TextStats.readingTime("2024 ".repeat(1921), Locale.ENGLISH)).isEqualTo(Duration.ofMinutes(10));
        // a number right before a Han character is still timed as a word: 100 / 192.1 + 100 / 266.2 minutes
        assertThat(TextStats.readingTime("2024年".repeat(100), Locale.forLanguageTag("zh"))).isEqualTo(Duration.ofSeconds(54));
        assertThat(TextStats.readingTime("Count to 3", Locale.ENGLISH)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void kanaIsTimedAtTheJapaneseSpeedInAnyLanguage() {
        assertThat(TextStats.readingTime("カタカナ".repeat(932), Locale.ENGLISH)).isEqualTo(Duration.ofMinutes(10));
        assertThat(TextStats.readingTime("ひらがな".repeat(932), Locale.forLanguageTag("ko"))).isEqualTo(Duration.ofMinutes(10));
        // Han in Japanese text at the Japanese speed, 372.7 characters a minute, not the Chinese 266.2
        assertThat(TextStats.readingTime("日本語".repeat(1242), Locale.forLanguageTag("ja"))).isEqualTo(Duration.ofMinutes(10));
        assertThat(TextStats.readingTime("日本語".repeat(1242), Locale.forLanguageTag("zh"))).isEqualTo(Duration.ofSeconds(840));
    }
}
