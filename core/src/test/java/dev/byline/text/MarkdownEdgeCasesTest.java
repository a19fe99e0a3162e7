package dev.byline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markdown at the edges of its constructs: markup cut off at the end of a line, brackets and
 * backticks that open nothing, escapes of every ASCII punctuation range, tables without outer
 * pipes and HTML blocks. Each case is what a reader of the rendered document would count.
 */
class MarkdownEdgeCasesTest {

    private static String plain(String markdown) {
        return PlainText.fromMarkdown(markdown);
    }

    @ParameterizedTest(name = "\\{0} is literal")
    @ValueSource(strings = {"!", "/", ":", "@", "[", "`", "{", "~"})
    void backslashBeforeTheFirstOrLastCharOfEachAsciiPunctuationRangeIsAnEscape(String punctuation) {
        assertThat(plain("a \\" + punctuation + " b")).isEqualTo("a " + punctuation + " b");
    }

    @ParameterizedTest(name = "\\{0} keeps its backslash")
    @ValueSource(strings = {"a", "0", "9", "é"})
    void backslashBeforeALetterOrDigitIsKept(String other) {
        assertThat(plain("a \\" + other + " b")).isEqualTo("a \\" + other + " b");
    }

    @Test
    void backslashAtTheEndOfTheTextIsKept() {
        assertThat(plain("ends with \\")).isEqualTo("ends with \\");
    }

    @Test
    void exclamationMarkAtTheEndOfTheTextIsKept() {
        assertThat(plain("Wow!")).isEqualTo("Wow!");
    }

    @Test
    void unclosedImageIsKeptAsText() {
        assertThat(plain("hi ![alt without end")).isEqualTo("hi ![alt without end");
    }

    @Test
    void imageBracketsAtTheEndOfTheTextWithoutADestinationAreKept() {
        assertThat(plain("see ![img]")).isEqualTo("see ![img]");
    }

    @Test
    void bracketsNotFollowedByADestinationOrReferenceAreKept() {
        assertThat(plain("brackets [like this] stay")).isEqualTo("brackets [like this] stay");
    }

    @Test
    void bracketsAtTheEndOfTheTextAreKept() {
        assertThat(plain("see [x]")).isEqualTo("see [x]");
    }

    @Test
    void linkWithAnUnclosedDestinationIsKept() {
        assertThat(plain("a [b](c")).isEqualTo("a [b](c");
    }

    @Test
    void referenceLinkWithAnUnclosedLabelIsKept() {
        assertThat(plain("a [b][c")).isEqualTo("a [b][c");
    }

    @Test
    void strayClosingBracketBeforeALinkIsText() {
        assertThat(plain("x][y](z)")).isEqualTo("x]y");
    }

    @Test
    void unmatchedBacktickIsKept() {
        assertThat(plain("a `b")).isEqualTo("a `b");
    }

    @Test
    void backtickAtTheEndOfTheTextIsKept() {
        assertThat(plain("tick at end`")).isEqualTo("tick at end`");
    }

    @Test
    void codeSpanClosesOnlyOnARunOfTheSameLength() {
        assertThat(plain("``a`b`` c")).isEqualTo("a`b c");
    }

    @Test
    void autolinkAfterAGreaterThanSignIsStillAnAutolink() {
        assertThat(plain("1 > 0 and <https://x.org>")).isEqualTo("1 > 0 and https://x.org");
    }

    @Test
    void emailAutolinkKeepsTheAddress() {
        assertThat(plain("write <me@example.org> now")).isEqualTo("write me@example.org now");
    }

    @Test
    void htmlAtTheStartOfAHeadingIsReducedToItsText() {
        assertThat(plain("# <em>Head</em> line")).isEqualTo("Head line");
    }

    @Test
    void entityInAHeadingIsDecoded() {
        assertThat(plain("# Fish &amp; chips")).isEqualTo("Fish & chips");
    }

    @Test
    void htmlBlockIsReducedToItsTextAsHtmlShowsIt() {
        // CommonMark: an HTML block that starts with <div> runs to the next blank line, so the
        // second line is HTML too; outside the div it starts a block of its own
        assertThat(plain("<div>block</div>\nafter")).isEqualTo("block\n\nafter");
        assertThat(plain("<div>block</div>\n\nafter")).isEqualTo("block\n\nafter");
    }

    @Test
    void htmlInsideAParagraphStaysInTheParagraph() {
        assertThat(plain("para\n<b>bold</b> after")).isEqualTo("para bold after");
    }

    @Test
    void singleLineWithAPipeIsAParagraph() {
        assertThat(plain("a | b")).isEqualTo("a | b");
    }

    @Test
    void tableWithoutOuterPipesKeepsEveryCell() {
        assertThat(plain("a | b\n--|--\nc | d")).isEqualTo("a b\nc d");
    }

    @Test
    void escapedPipeAtTheEndOfATableRowStaysInTheCell() {
        assertThat(plain("| a | b \\|\n|---|---|")).isEqualTo("a b |");
    }

    @Test
    void backtickFenceWithABacktickInItsInfoIsNotAFence() {
        assertThat(plain("```x`y\nnext")).isEqualTo("```x`y next");
    }

    @Test
    void fenceClosesOnlyOnALineOfFenceCharacters() {
        assertThat(plain("```\ncode\n```x\n```\nafter")).isEqualTo("code\n```x\n\nafter");
    }

    @Test
    void tildeFenceKeepsItsContentVerbatim() {
        assertThat(plain("~~~\n*not* em\n~~~")).isEqualTo("*not* em");
    }
}
