package dev.byline.text;

import dev.byline.Body;
import dev.byline.internal.BodyText;
import dev.byline.internal.HtmlText;
import dev.byline.internal.Inputs;
import dev.byline.internal.MarkdownText;

/**
 * The text a reader reads, without markup: paragraphs separated by a blank line, white space
 * inside a paragraph collapsed to single spaces.
 *
 * <ul>
 *   <li>HTML is parsed with jsoup (never with regular expressions): the text of the elements,
 *       block elements as paragraphs, {@code <br>} as a line break, entities decoded; the
 *       content of {@code script}, {@code style}, {@code template}, {@code noscript},
 *       {@code svg}, {@code math}, media and form controls left out, as are attributes (so
 *       image {@code alt} text is not counted as read).</li>
 *   <li>Markdown is converted without a Markdown library, for the common CommonMark and
 *       GitHub constructs: headings, paragraphs, block quotes, lists and task lists, code
 *       blocks and spans (content kept), thematic breaks, tables, emphasis and
 *       strike-through, links (their text kept), reference definitions and images (left
 *       out), autolinks, backslash escapes, entities and inline HTML. It is not a full
 *       CommonMark implementation: link text spanning lines, brackets nested inside link
 *       text, and lazy continuation lines are handled approximately. Private-use character
 *       U+E000 is used internally to mark escaped characters and does not survive.</li>
 *   <li>Plain text is returned with its white space collapsed the same way.</li>
 * </ul>
 *
 * <p>Static methods only. Immutable and thread-safe.
 */
public final class PlainText {

    private PlainText() {}

    /**
     * Returns the plain text of a body in any of its formats.
     *
     * @param body the body; not null
     * @return the plain text; never null, empty for an empty body
     */
    public static String of(Body body) {
        return BodyText.of(body);
    }

    /**
     * Returns the plain text of an HTML fragment.
     *
     * @param html the HTML; not null, at most {@link dev.byline.Limits#MAX_BODY_LENGTH} characters
     * @return the plain text; never null
     * @throws dev.byline.InvalidArticleException if {@code html} is longer than that (path
     *     {@code html})
     */
    public static String fromHtml(String html) {
        return HtmlText.of(Inputs.text("html", html));
    }

    /**
     * Returns the plain text of a Markdown document.
     *
     * @param markdown the Markdown; not null, at most {@link dev.byline.Limits#MAX_BODY_LENGTH} characters
     * @return the plain text; never null
     * @throws dev.byline.InvalidArticleException if {@code markdown} is longer than that (path
     *     {@code markdown})
     */
    public static String fromMarkdown(String markdown) {
        return MarkdownText.of(Inputs.text("markdown", markdown));
    }

    /**
     * Returns plain text with its white space collapsed: blank lines separate paragraphs,
     * other runs of white space become one space.
     *
     * @param text the text; not null, at most {@link dev.byline.Limits#MAX_BODY_LENGTH} characters
     * @return the text; never null
     * @throws dev.byline.InvalidArticleException if {@code text} is longer than that (path
     *     {@code text})
     */
    public static String fromText(String text) {
        return BodyText.fromText(Inputs.text("text", text));
    }
}
