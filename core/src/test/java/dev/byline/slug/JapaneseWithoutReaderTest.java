package dev.byline.slug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidValueException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Japanese titles with byline-core alone (no {@code JapaneseReader} on the class path of core's
 * tests): kana are written by Hepburn, kanji in a Japanese title are never read as Chinese, and
 * such a title gets the fallback or a clear error.
 */
class JapaneseWithoutReaderTest {

    private static final Locale JA = Locale.JAPANESE;
    private static final String NEEDS_READER = "must not contain kanji, which need a Japanese dictionary to be read:"
            + " add byline-japanese beside byline-core, or use unicode(true) slugs or a fallback (the title is"
            + " Japanese: the locale is ja or the title has kana)";

    @Test
    void noReaderIsInstalledInCoresTests() {
        assertThat(Slugger.forLocale(JA).japaneseReader()).isEmpty();
        assertThat(Slugger.forLocale(JA)).hasToString("Slugger[locale=ja, separator=-, maxLength=80, ascii]");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"東京", "東京の天気", "日本語 2024", "Apple の新製品", "人々", "〆切"})
    void aJapaneseTitleWithKanjiFailsNamingTheAddOn(String title) {
        assertThatThrownBy(() -> Slugger.forLocale(JA).slugify(title))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("title: " + NEEDS_READER + " (was \"" + title + "\")")
                .satisfies(e -> {
                    InvalidValueException ive = (InvalidValueException) e;
                    assertThat(ive.path()).isEqualTo("title");
                    assertThat(ive.rule()).isEqualTo(NEEDS_READER);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"東京の天気", "モスクワ と 北京", "カブール 喀布尔"})
    void kanaMakeATitleJapaneseInAnyNonChineseLocale(String title) {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.ENGLISH, Locale.forLanguageTag("ko")}) {
            assertThatThrownBy(() -> Slugger.forLocale(locale).slugify(title))
                    .isExactlyInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("title: " + NEEDS_READER);
        }
    }

    @Test
    void kanjiAreNeverReadAsChineseInAJapaneseTitle() {
        // the behaviour this replaces: 東京 as the Mandarin dong-jing
        assertThatThrownBy(() -> Slugger.forLocale(JA).slugify("東京")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Slugger.forLocale(Locale.ROOT).slugify("関係のニュース"))
                .isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "東京, dong-jing",            // no kana, no Japanese locale: the ideographs are Chinese
        "北京欢迎你, bei-jing-huan-ying-ni",
        "2024年, 2024-nian"})
    void ideographsWithoutKanaOutsideJapaneseAreChinese(String title, String expected) {
        assertThat(Slugger.forLocale(Locale.ROOT).slugify(title).value()).isEqualTo(expected);
    }

    @Test
    void aChineseLocaleKeepsIdeographsChineseBesideKana() {
        assertThat(Slugger.forLocale(Locale.forLanguageTag("zh")).slugify("北京 と 東京").value())
                .isEqualTo("bei-jing-to-dong-jing");
        assertThat(Slugger.forLocale(Locale.forLanguageTag("yue")).slugify("香港のニュース").value())
                .isEqualTo("xiang-gang-nonyusu");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "とうきょう, tokyo",
        "コーヒー と ラーメン, kohi-to-ramen",
        "がっこう の しんぶん 2024, gakko-no-shinbun-2024",
        "ｶﾀｶﾅ, katakana",
        "こゝろ, kokoro"})
    void kanaAloneAreWrittenByHepburnWithoutAReader(String title, String expected) {
        assertThat(Slugger.forLocale(JA).slugify(title).value()).isEqualTo(expected);
        assertThat(Slugger.forLocale(Locale.ROOT).slugify(title).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "きょうの てんき は はれ, kyono-tenki-wa-hare",
        "とうきょう へ いく, tokyo-e-iku",
        "ほん を よむ, hon-o-yomu",
        "わたし は、がくせい, watashi-wa-gakusei",
        "は, ha",                           // no word before it: not a particle
        "は はな, ha-hana",
        "ハ と ヘ, ha-to-he",               // katakana: not particles
        "はは, haha",                        // a run of two kana is a word
        "ABC は, abc-wa"})
    void aHiraganaHaOrHeStandingAloneAfterAWordIsTheParticle(String title, String expected) {
        assertThat(Slugger.forLocale(JA).slugify(title).value()).isEqualTo(expected);
        assertThat(Slugger.forLocale(Locale.ROOT).slugify(title).value()).isEqualTo(expected);
    }

    @Test
    void aFallbackIsUsedInsteadOfTheError() {
        assertThat(Slugger.builder().locale(JA).fallback("untitled").build().slugify("東京の天気").value())
                .isEqualTo("untitled");
        assertThat(Slugger.forLocale(JA).withFallback("article-4711").slugify("東京の天気").value())
                .isEqualTo("article-4711");
    }

    @Test
    void aJapaneseFallbackWithKanjiIsRefusedWhenSet() {
        assertThatThrownBy(() -> Slugger.forLocale(JA).withFallback("東京"))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("options.fallback: must give a slug: " + NEEDS_READER + " (was \"東京\")");
    }

    @Test
    void unicodeSlugsKeepKanjiAndNeedNoReader() {
        Slugger unicode = Slugger.builder().locale(JA).unicode(true).build();

        assertThat(unicode.slugify("東京の天気 2024").value()).isEqualTo("東京の天気-2024");
        assertThat(unicode.slugify("人々").value()).isEqualTo("人々");
    }
}
