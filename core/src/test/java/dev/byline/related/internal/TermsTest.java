package dev.byline.related.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {

    private static List<String> words(String text, String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        List<String> out = new ArrayList<>();
        Terms.words(text, locale, Terms.wordIterator(locale), out::add);
        return out;
    }

    @ParameterizedTest(name = "{0} in {1} folds to {2}")
    @CsvSource({
        "İSTANBUL, tr, istanbul",
        "ISPARTA, tr, ısparta",
        "Istanbul, en, istanbul",
        "ILIK, az, ılık",
        "Straße, de, strasse",
        "ΟΔΟΣ, el, οδοσ",
        "οδός, el, οδόσ",
        "Москва, ru, москва",
        "TALIBAN, en, taliban",
        "taliban, tr, taliban",
        "AZ, en, az",
        "ZA, en, za",
        "aBZ, en, abz",
    })
    void foldsCaseByTheLocalesRules(String term, String tag, String expected) {
        // Turkish capital I is dotless ı and stays apart from i; final sigma folds to σ
        assertThat(Terms.fold(term, Locale.forLanguageTag(tag))).isEqualTo(expected);
    }

    @Test
    void turkishCapitalDottedIMatchesPlainIOnlyUnderTurkishRules() {
        assertThat(Terms.fold("İzmir", Locale.forLanguageTag("tr"))).isEqualTo("izmir");
        // default rules keep the dot as a combining mark
        assertThat(Terms.fold("İzmir", Locale.ENGLISH)).isEqualTo("i\u0307zmir");
    }

    @Test
    void keepsLettersAndNumbersAndDropsSpacesAndPunctuation() {
        assertThat(words("Russia-Taliban Ties: Where Is Moscow Heading in 2022?", "en"))
                .containsExactly("russia", "taliban", "ties", "where", "is", "moscow", "heading", "in", "2022");
    }

    @Test
    void keepsTurkishApostropheSuffixesWithTheirWord() {
        assertThat(words("Moskova Afganistan'da nereye gidiyor?", "tr"))
                .containsExactly("moskova", "afganistan'da", "nereye", "gidiyor");
    }

    @Test
    void splitsChineseWithoutSpacesIntoWords() {
        List<String> words = words("北京今天的天气很好", "zh");
        assertThat(words).contains("北京", "天气");
        assertThat(words.size()).isGreaterThan(3);
    }

    @Test
    void splitsThaiWithoutSpacesIntoWords() {
        // "the Thai language is not difficult"
        List<String> words = words("ภาษาไทยไม่ยาก", "th");
        assertThat(words).contains("ภาษา", "ไทย");
        assertThat(String.join("", words)).isEqualTo("ภาษาไทยไม่ยาก");
    }

    @Test
    void clonesAFreshIteratorForEveryCaller() {
        BreakIterator a = Terms.wordIterator(Locale.ENGLISH);
        BreakIterator b = Terms.wordIterator(Locale.ENGLISH);
        assertThat(a).isNotSameAs(b);
        a.setText("one two");
        b.setText("three");
        assertThat(a.next()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} and {1} same language: {2}")
    @CsvSource({
        "en, en-GB, true",
        "en, en-US, true",
        "zh, zh-CN, true",
        "zh, zh-TW, false",
        "sr, sr-Latn, false",
        "tr, az, false",
        "ru, ru-RU, true",
    })
    void comparesLanguagesWithLikelyScripts(String a, String b, boolean same) {
        assertThat(Terms.languageKey(Locale.forLanguageTag(a)).equals(Terms.languageKey(Locale.forLanguageTag(b))))
                .isEqualTo(same);
    }
}
