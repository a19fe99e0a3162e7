package dev.byline.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidValueException;
import dev.byline.slug.Slugger;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of Japanese slugs with the add-on: one group per rule of modified Hepburn. */
class JapaneseRulesTest {

    private static final Slugger JA = Slugger.forLocale(Locale.JAPANESE);

    private static String slug(String title) {
        return JA.slugify(title).value();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "私は学生です, watashi-wa-gakusei-desu",
        "東京へ行く, tokyo-e-iku",
        "本を読む, hon-o-yomu",
        "今日は, kyo-wa",
        "こんにちは, konnichiwa",   // the particle inside a greeting is pronounced wa too
        "こんばんは, konbanwa"})
    void theParticlesHaHeWoAreWrittenWaEO(String title, String expected) {
        assertThat(slug(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "はな, hana",               // は that is not a particle keeps ha
        "平和へ, heiwa-e",
        "東京の天気, tokyo-no-tenki",
        "京都と大阪, kyoto-to-osaka",
        "田中さんと, tanaka-san-to",  // a name's honorific stays a word of its own
        "雨が降る, ame-ga-furu"})
    void otherParticlesAreWordsOfTheirOwnAndHaHeElsewhereKeepTheirSound(String title, String expected) {
        assertThat(slug(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "東京, tokyo",             // トウキョウ: ou once
        "大阪, osaka",             // オオサカ: oo once
        "数学, sugaku",            // スウガク: uu once
        "コーヒー, kohi",          // the long vowel mark is not written
        "先生, sensei",            // ei is kept, as modified Hepburn does
        "行こう, iko"})            // an ending that lengthens the vowel before it
    void longVowelsAreWrittenOnce(String title, String expected) {
        assertThat(slug(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "学校, gakko",
        "切手, kitte",
        "抹茶, matcha",           // tch before ch
        "雑誌, zasshi",
        "がっこう, gakko",         // hiragana the dictionary splits after the small tsu
        "行った, itta"})
    void aSmallTsuDoublesTheNextConsonant(String title, String expected) {
        assertThat(slug(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "人々, hitobito",           // 々 repeats the kanji, voiced as the dictionary reads it
        "時々, tokidoki",
        "山々, yamayama",
        "こゝろ, kokoro",           // ゝ repeats the kana before it
        "いすゞ, isuzu",            // ゞ repeats it voiced
        "学問のすゝめ, gakumon-no-susume"})
    void iterationMarksRepeatWhatComesBefore(String title, String expected) {
        assertThat(slug(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2024年, 2024-nen",
        "第3回, dai-3-kai",
        "第３回, dai-3-kai",        // full-width digits are digits, not read as san
        "7月7日, 7-gatsu-7-nichi",   // a counter after a number has its counter reading
        "3人, 3-nin",
        "100円, 100-en",
        "5時10分, 5-ji-10-fun",
        "21世紀, 21-seiki",
        "iPhone15の発売, iphone15-no-hatsubai"})
    void numbersAreKeptAndCountersReadAsCounters(String title, String expected) {
        assertThat(slug(title)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "食べた, tabeta",
        "食べている, tabete-iru",
        "勉強しています, benkyo-shite-imasu",
        "美しかった, utsukushikatta",
        "食べない, tabenai"})
    void endingsJoinTheirVerbOrAdjective(String title, String expected) {
        assertThat(slug(title)).isEqualTo(expected);
    }

    @Test
    void oneSeparatorBetweenWordsWhateverStoodBetweenThem() {
        assertThat(slug("東京　・　大阪…京都！！")).isEqualTo("tokyo-osaka-kyoto");
        assertThat(Slugger.builder().locale(Locale.JAPANESE).separator('_').build().slugify("東京の天気").value())
                .isEqualTo("tokyo_no_tenki");
    }

    @Test
    void wordsTheDictionaryDoesNotKnowAreWrittenFromTheirKana() {
        assertThat(slug("タリバンの指導者")).isEqualTo("tariban-no-shidosha");
        // kanji the dictionary has no reading for are left out, never read as Chinese
        assertThat(slug("喀布尔のニュース")).isEqualTo("nuno-no-nyusu");
    }

    @Test
    void halfWidthKatakanaAreReadAsKatakana() {
        assertThat(slug("ｶﾞｯｺｳ")).isEqualTo("gakko");
    }

    @Test
    void longTitlesAreCutAfterAWholeWord() {
        Slugger short20 = Slugger.builder().locale(Locale.JAPANESE).maxLength(20).build();

        assertThat(short20.slugify("北海道で大雪、交通に影響").value()).isEqualTo("hokkaido-de-oyuki");
    }

    @Test
    void aTitleOfSymbolsOnlyStillFailsClearly() {
        assertThatThrownBy(() -> JA.slugify("ゝ〃・ー"))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("title: must contain a letter or digit that can be written in a slug");
    }

    @Test
    void chineseTitlesStayChineseWithTheAddOnLoaded() {
        assertThat(Slugger.forLocale(Locale.ROOT).slugify("北京欢迎你").value()).isEqualTo("bei-jing-huan-ying-ni");
        assertThat(Slugger.forLocale(Locale.forLanguageTag("zh")).slugify("北京 と 東京").value())
                .isEqualTo("bei-jing-to-dong-jing");
    }

    @Test
    void unicodeSlugsAreUnchangedByTheAddOn() {
        assertThat(Slugger.builder().locale(Locale.JAPANESE).unicode(true).build().slugify("東京の天気").value())
                .isEqualTo("東京の天気");
    }
}
