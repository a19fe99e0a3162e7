package dev.byline.text;

import dev.byline.Body;
import dev.byline.internal.BodyText;
import dev.byline.internal.CommonMarkText;
import dev.byline.internal.HtmlText;
import dev.byline.internal.Inputs;

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
 *   <li>Markdown is parsed with commonmark-java as CommonMark plus GitHub's tables,
 *       strike-through and task list items: headings, paragraphs, block quotes, list items
 *       and table rows on lines or paragraphs of their own; code blocks and spans, link text
 *       and table cells kept; images, reference definitions, task list check boxes and inline
 *       HTML tags left out ({@code <br>} is a line break); entities decoded; HTML blocks
 *       reduced to their text with jsoup.</li>
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
     * @throws dev.byline.InvalidValueException if {@code html} is longer than that (path
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
     * @throws dev.byline.InvalidValueException if {@code markdown} is longer than that (path
     *     {@code markdown})
     */
    public static String fromMarkdown(String markdown) {
        return CommonMarkText.of(Inputs.text("markdown", markdown));
    }

    /**
     * Returns plain text with its white space collapsed: blank lines separate paragraphs,
     * other runs of white space become one space.
     *
     * @param text the text; not null, at most {@link dev.byline.Limits#MAX_BODY_LENGTH} characters
     * @return the text; never null
     * @throws dev.byline.InvalidValueException if {@code text} is longer than that (path
     *     {@code text})
     */
    public static String fromText(String text) {
        return BodyText.fromText(Inputs.text("text", text));
    }
}
