package dev.byline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.InvalidValueException;
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
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("maxLength: must be at least 8 (was \"7\")");
    }

    @Test
    void theSmallestLimitIsAllowedAndTextOfExactlyTheLimitIsKept() {
        assertThat(Excerpts.excerpt("one two.", Locale.ENGLISH, Excerpts.MIN_LENGTH)).isEqualTo("one two.");
        assertThat(Excerpts.excerpt("one two three", Locale.ENGLISH, 13)).isEqualTo("one two three");
        assertThat(Excerpts.excerpt("one two three", Locale.ENGLISH, 12)).isEqualTo("one two …");
    }

    @ParameterizedTest(name = "at most {0}: \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            15 | Hello there. And some more words follow here. | Hello there. …
            16 | Hi you. Wonderful things happen here.         | Hi you. …
            18 | Hi you. Wonderful things happen here.         | Hi you…
            16 | Chapter 12345 begins with a long story        | Chapter 12345 …
            """)
    void aSentenceEndIsTakenUpToTheBudgetWhenItKeepsHalfOfIt(int max, String text, String expected) {
        // English: the budget is the limit less two (the word-final ellipsis " …" replaces "{0}");
        // a sentence ending right at the budget is taken, and so is one keeping exactly half of it;
        // otherwise the cut is after the last word (a number is a word) that fits
        assertThat(Excerpts.excerpt(text, Locale.ENGLISH, max)).isEqualTo(expected);
    }

    @Test
    void longTextIsCutFromItsBeginning() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            words.append("word").append(i).append(' ');
        }
        assertThat(Excerpts.excerpt(words.toString(), Locale.ENGLISH, 40)).isEqualTo("word0 word1 word2 word3 word4 word5 …");
        // just one character longer than what the break iterators look at (budget 38 + 256)
        String text = "word ".repeat(58) + "words";
        assertThat(Excerpts.excerpt(text, Locale.ENGLISH, 40)).isEqualTo("word word word word word word word …");
    }

    @Test
    void bodiesAreExcerptedFromTheTextAReaderSees() {
        Body html = Body.of(BodyFormat.HTML, "<p>The embassy in <b>Kabul</b> stays open.</p><p>Talks go on.</p>");
        Body markdown = Body.of(BodyFormat.MARKDOWN, "The embassy in **Kabul** stays open.\n\nTalks go on.");
        assertThat(Excerpts.excerpt(html, Locale.ENGLISH, 40)).isEqualTo("The embassy in Kabul stays open. …");
        assertThat(Excerpts.excerpt(markdown, Locale.ENGLISH, 40)).isEqualTo("The embassy in Kabul stays open. …");
    }

    @Test
    void theWordFinalEllipsisIsTheLanguages() {
        // CLDR: English puts a space before the ellipsis after a whole word, French and Chinese do
        // not, so in 20 characters they keep one more word
        String text = "La Russie garde son ambassade ouverte à Kaboul";
        assertThat(Excerpts.excerpt(text, Locale.ENGLISH, 20)).isEqualTo("La Russie garde …");
        assertThat(Excerpts.excerpt(text, Locale.FRENCH, 20)).isEqualTo("La Russie garde son…");
        assertThat(Excerpts.excerpt(text, Locale.forLanguageTag("zh"), 20)).isEqualTo("La Russie garde son…");
    }
}
