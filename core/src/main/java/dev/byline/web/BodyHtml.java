package dev.byline.web;

import dev.byline.Body;
import dev.byline.internal.CommonMarkText;
import dev.byline.internal.Inputs;
import java.util.List;
import java.util.Objects;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * An article body as an HTML fragment that is safe to place inside a page, whatever the body's
 * format: the article part of the reference page.
 *
 * <ul>
 *   <li>HTML is <em>sanitized</em> with jsoup: only the elements and attributes of prose are
 *       kept (paragraphs, headings, lists, quotations, emphasis, code, tables, figures, images
 *       and links); scripts, styles, frames, forms, event handler attributes ({@code onclick}),
 *       inline {@code style} and every URL that is not {@code http}, {@code https} or
 *       {@code mailto} ({@code javascript:}, {@code data:}) are removed. The {@code lang} and
 *       {@code dir} attributes are kept on every element, since a multilingual text needs
 *       them to mark a phrase in another language or direction.</li>
 *   <li>Markdown is rendered with commonmark-java (CommonMark, GitHub's tables and
 *       strike-through; the same parser as {@code dev.byline.text.PlainText}), and the result is
 *       sanitized the same way, so raw HTML inside Markdown follows the same rules.</li>
 *   <li>Plain text becomes paragraphs at blank lines, line breaks inside a paragraph become
 *       {@code <br>}, and every character that means something in HTML is escaped.</li>
 * </ul>
 *
 * <p>Sanitizing is the only mode: a site that fully trusts its bodies can still insert
 * {@link Body#content()} itself. The output is not pretty-printed and keeps non-ASCII characters
 * as they are (the page must be served as UTF-8). Static methods only. Immutable and
 * thread-safe.
 */
public final class BodyHtml {

    /** What a body may contain: the elements of prose, and {@code lang}/{@code dir} everywhere. */
    private static final Safelist PROSE = Safelist.relaxed()
            .addTags("figure", "figcaption", "hr", "s", "del", "ins", "abbr", "bdi", "mark", "time")
            .addAttributes(":all", "lang", "dir")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .addProtocols("a", "href", "http", "https", "mailto")
            .removeProtocols("a", "href", "ftp");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    /** commonmark-java's renderer is immutable and thread-safe once built. */
    private static final HtmlRenderer MARKDOWN = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
            .build();

    private BodyHtml() {}

    /**
     * Returns the body as a safe HTML fragment, as the class description says for each format.
     *
     * @param body the body; not null
     * @return the HTML fragment; never null, empty for an empty body
     */
    public static String of(Body body) {
        Objects.requireNonNull(body, "body");
        switch (body.format()) {
            case HTML: return sanitize(body.content());
            case MARKDOWN: return fromMarkdown(body.content());
            default: return fromText(body.content());
        }
    }

    /**
     * Sanitizes an HTML fragment: keeps the elements and attributes of prose and removes
     * everything else, as the class description says.
     *
     * @param html the HTML fragment; not null, at most {@link dev.byline.Limits#MAX_BODY_LENGTH}
     *     characters
     * @return the sanitized fragment; never null
     * @throws dev.byline.InvalidValueException if {@code html} is longer than that (path
     *     {@code html})
     */
    public static String sanitize(String html) {
        return Jsoup.clean(Inputs.text("html", html), "", PROSE, OUTPUT);
    }

    /**
     * Renders a Markdown document as a sanitized HTML fragment.
     *
     * @param markdown the Markdown; not null, at most {@link dev.byline.Limits#MAX_BODY_LENGTH}
     *     characters
     * @return the HTML fragment; never null
     * @throws dev.byline.InvalidValueException if {@code markdown} is longer than that (path
     *     {@code markdown})
     */
    public static String fromMarkdown(String markdown) {
        String html = MARKDOWN.render(CommonMarkText.parse(Inputs.text("markdown", markdown)));
        return Jsoup.clean(html, "", PROSE, OUTPUT);
    }

    /**
     * Turns plain text into HTML paragraphs: a blank line (white space only) ends a paragraph,
     * another line break becomes {@code <br>}, and {@code < > & " '} are escaped.
     *
     * @param text the text; not null, at most {@link dev.byline.Limits#MAX_BODY_LENGTH}
     *     characters
     * @return the HTML fragment, {@code <p>} elements only; never null
     * @throws dev.byline.InvalidValueException if {@code text} is longer than that (path
     *     {@code text})
     */
    public static String fromText(String text) {
        String[] paragraphs = Inputs.text("text", text).split("\\R[\\h\\x0B\\f]*\\R(?:[\\h\\x0B\\f]*\\R)*");
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String paragraph : paragraphs) {
            String trimmed = paragraph.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            out.append("<p>");
            String[] lines = trimmed.split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append("<br>");
                }
                out.append(escape(lines[i].strip()));
            }
            out.append("</p>");
        }
        return out.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '&': out.append("&amp;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}
