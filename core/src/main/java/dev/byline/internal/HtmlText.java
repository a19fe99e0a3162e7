package dev.byline.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * HTML fragment to plain text with jsoup: the text a reader sees, paragraphs separated by a
 * blank line, {@code <br>} as a line break, white space collapsed; scripts, styles,
 * templates and other elements that show no text are skipped. Not API.
 */
public final class HtmlText {

    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript", "head", "title",
            "iframe", "object", "svg", "math", "canvas", "audio", "video", "select", "button", "textarea");

    private HtmlText() {}

    /** Returns the plain text of an HTML fragment. */
    public static String of(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        PlainTextBuilder out = new PlainTextBuilder();
        doc.body().traverse(new NodeVisitor() {
            private int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) {
                    return;
                }
                if (node instanceof TextNode) {
                    out.text(((TextNode) node).getWholeText());
                } else if (node instanceof Element) {
                    Element e = (Element) node;
                    String name = e.normalName();
                    if (SKIPPED.contains(name)) {
                        skipDepth = depth;
                    } else if (name.equals("br")) {
                        out.lineBreak();
                    } else if (e.isBlock()) {
                        out.paragraphBreak();
                    } else if (name.equals("td") || name.equals("th")) {
                        out.text(" ");
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth == depth) {
                    skipDepth = -1;
                } else if (skipDepth < 0 && node instanceof Element && ((Element) node).isBlock()) {
                    out.paragraphBreak();
                }
            }
        });
        return out.toString();
    }
}
