package dev.byline.internal;

import dev.byline.Body;
import java.util.Objects;

/**
 * The plain text of a body in any of its formats: the engine behind
 * {@code dev.byline.text.PlainText} and the article's derived views, kept here so that
 * {@code dev.byline} needs no higher package. The callers check the length of free-standing
 * text. Not API.
 */
public final class BodyText {

    private BodyText() {}

    /** The plain text of a body: HTML and Markdown rendered, plain text with its white space collapsed. */
    public static String of(Body body) {
        Objects.requireNonNull(body, "body");
        switch (body.format()) {
            case HTML:
                return HtmlText.of(body.content());
            case MARKDOWN:
                return CommonMarkText.of(body.content());
            default:
                return fromText(body.content());
        }
    }

    /** Plain text with its white space collapsed: blank lines separate paragraphs, other runs become one space. */
    public static String fromText(String text) {
        PlainTextBuilder out = new PlainTextBuilder();
        for (String paragraph : text.split("\\R[ \\t]*\\R(?:\\s*\\R)*", -1)) {
            out.text(paragraph).paragraphBreak();
        }
        return out.toString();
    }
}
