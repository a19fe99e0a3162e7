package dev.byline.text;

import java.util.List;

/**
 * Markdown documents covering the CommonMark constructs that matter for text, with the plain
 * text a reader sees and its word count by ICU's rules (English; Japanese for the last). ICU
 * counts {@code me@example.org} as two words and {@code List.of} as one.
 */
public final class MarkdownSamples {

    private MarkdownSamples() {}

    /**
     * One document.
     *
     * @param name what it shows
     * @param markdown the document
     * @param text its plain text
     * @param words its word count in English
     */
    public record Sample(String name, String markdown, String text, int words) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The documents. */
    public static final List<Sample> ALL = List.of(
            new Sample("emphasis", "Some *em*, **strong**, _under_ and ***both*** words.",
                    "Some em, strong, under and both words.", 7),
            new Sample("intraword emphasis and snake_case", "un*frigging*believable snake_case_word 2 * 3",
                    "unfriggingbelievable snake_case_word 2 * 3", 4),
            new Sample("strikethrough", "~~gone~~ and ~kept~ text", "gone and kept text", 4),
            new Sample("inline link", "Read [the full story](https://example.org/a_(b) \"Title\") today.",
                    "Read the full story today.", 5),
            new Sample("reference link and definition", "See [the report][r] and [r].\n\n[r]: https://example.org/r",
                    "See the report and r.", 5),
            new Sample("link text over two lines", "A [link that\nwraps](https://example.org) here.",
                    "A link that wraps here.", 5),
            new Sample("nested brackets in link text", "A [[nested] text](https://example.org) link.",
                    "A [nested] text link.", 4),
            new Sample("autolinks", "Mail <me@example.org> or visit <https://example.org/x>.",
                    "Mail me@example.org or visit https://example.org/x.", 8),
            new Sample("image", "Before ![a photo of a cat](cat.png \"Cat\") after.", "Before after.", 2),
            new Sample("image inside a link", "[![logo](l.png) Home](https://example.org)", "Home", 1),
            new Sample("code span", "Call `List.of(a, b)` now, or ``a`b``.", "Call List.of(a, b) now, or a`b.", 8),
            new Sample("fenced code", "Intro:\n\n```java\nint x = 1;\n  int y = 2;\n```\n\nOutro.",
                    "Intro:\n\nint x = 1;\nint y = 2;\n\nOutro.", 8),
            new Sample("indented code", "Text.\n\n    code line one\n    code line two\n\nMore.",
                    "Text.\n\ncode line one\ncode line two\n\nMore.", 8),
            new Sample("bullet and ordered lists", "- one\n- two\n  1. three\n  2. four\n\n* five",
                    "one\n\ntwo\n\nthree\n\nfour\n\nfive", 5),
            new Sample("task list", "- [x] done\n- [ ] todo\n- [y] not a box", "done\n\ntodo\n\n[y] not a box", 6),
            new Sample("block quote with a lazy line", "> quoted\nlazy line\n>\n> > nested", "quoted lazy line\n\nnested", 4),
            new Sample("headings", "# ATX *title* #\n\nSetext\n======\n\nSub\n---\n\nBody.",
                    "ATX title\n\nSetext\n\nSub\n\nBody.", 5),
            new Sample("thematic break", "above\n\n***\n\nbelow", "above\n\nbelow", 2),
            new Sample("table", "| Name | Role |\n|------|:----:|\n| Ann | editor \\| writer |\n| Bo | *reporter* |",
                    "Name Role\nAnn editor | writer\nBo reporter", 7),
            new Sample("html block", "<div class=\"note\">\n<p>Boxed <b>text</b> here</p>\n</div>\n\nAfter.",
                    "Boxed text here\n\nAfter.", 4),
            new Sample("inline html", "Some <span>inline</span> and <br> tags.", "Some inline and\ntags.", 4),
            new Sample("entities", "Fish &amp; chips &copy; 2025 &#8212; &#x41;BC &notanentity;",
                    "Fish & chips © 2025 — ABC &notanentity;", 5),
            new Sample("hard breaks", "first line  \nsecond line\\\nthird line", "first line\nsecond line\nthird line", 6),
            new Sample("backslash escapes", "\\*not em\\* and \\[not a link\\](x) \\# no heading",
                    "*not em* and [not a link](x) # no heading", 9),
            new Sample("script without spaces", "# 東京の天気\n\n今日は**晴れ**です。",
                    "東京の天気\n\n今日は晴れです。", 7));
}
