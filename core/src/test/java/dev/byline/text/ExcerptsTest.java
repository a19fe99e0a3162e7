package dev.byline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidArticleException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcerptsTest {

    private static final String EN = "Russia has kept its embassy in Kabul open. Officials meet the Taliban often. "
            + "Trade talks continue, slowly, and nobody knows where they lead.";

    @ParameterizedTest(name = "at most {0}: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            20  | Russia has kept …
            50  | Russia has kept its embassy in Kabul open. …
            90  | Russia has kept its embassy in Kabul open. Officials meet the Taliban often. …
            200 | Russia has kept its embassy in Kabul open. Officials meet the Taliban often. Trade talks continue, slowly, and nobody knows where they lead.
            """)
    void cutAtASentenceOrWordWithCldrsEllipsis(int max, String expected) {
        String excerpt = Excerpts.excerpt(EN, Locale.ENGLISH, max);
        assertThat(excerpt).isEqualTo(expected);
        assertThat(excerpt.length()).isLessThanOrEqualTo(max);
    }

    @Test
    void scriptsWithoutSpacesAreCutBetweenWordsWithoutASpace() {
        assertThat(Excerpts.excerpt("我们今天去北京大学学习中文。我们明天去上海。", Locale.forLanguageTag("zh"), 10))
                .isEqualTo("我们今天去北京大学…");
        assertThat(Excerpts.excerpt("ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำ", Locale.forLanguageTag("th"), 12))
                .isEqualTo("ภาษาไทย…");
    }

    @Test
    void aWordLongerThanTheLimitIsCutBetweenCharacters() {
        assertThat(Excerpts.excerpt("Donaudampfschifffahrtsgesellschaftskapitän", Locale.GERMAN, 12))
                .isEqualTo("Donaudampf…");
        // never between a base letter and its combining mark, nor inside a flag
        String decomposed = "e\u0301".repeat(20);
        assertThat(Excerpts.excerpt(decomposed, Locale.FRENCH, 10)).isEqualTo("e\u0301".repeat(4) + "…");
    }

    @Test
    void whiteSpaceIsCollapsedAndShortTextIsKept() {
        assertThat(Excerpts.excerpt("  one\n\ntwo  ", Locale.ENGLISH, 40)).isEqualTo("one two");
    }

    @Test
    void tooSmallALimitIsRefused() {
        assertThatThrownBy(() -> Excerpts.excerpt(EN, Locale.ENGLISH, 7))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessage("maxLength: must be at least 8 (was \"7\")");
    }
}
