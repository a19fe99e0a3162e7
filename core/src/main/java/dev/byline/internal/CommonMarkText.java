package dev.byline.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown to plain text for word counts and excerpts: the document is parsed by
 * commonmark-java (CommonMark, plus GitHub's tables and strike-through), and its tree is walked
 * to emit the text a reader sees. Blocks (paragraphs, headings, list items, block quotes, code
 * blocks, tables) are separated by blank lines; table rows end their line and cells are
 * separated by a space; a hard line break ends the line, a soft one is a space. Code keeps its
 * text (a code block line by line, without indentation), links keep their text, images are left
 * out (as in HTML), entities are decoded by the parser, and HTML blocks are reduced to their
 * text through jsoup; inline HTML tags show nothing but {@code <br>}, which ends the line. The
 * check box of a GitHub task list item ({@code - [x] done}) is not text. The walk follows the tree's links instead
 * of recursing, so deeply nested input cannot exhaust the stack. Thread-safe. Not API.
 */
public final class CommonMarkText {

    /** commonmark-java's parser is immutable and thread-safe once built. */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
            .build();

    /** An inline {@code <br>} tag, which ends the line as in HTML. */
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

    private CommonMarkText() {}

    /**
     * Parses a Markdown document with the parser every part of byline uses (CommonMark, GitHub's
     * tables and strike-through), so that plain text and rendered HTML read the same tree.
     */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** Returns the plain text of a Markdown document. */
    public static String of(String markdown) {
        Node root = PARSER.parse(markdown);
        PlainTextBuilder out = new PlainTextBuilder();
        Node node = root;
        while (true) {
            boolean open = enter(node, out);
            Node child = open ? node.getFirstChild() : null;
            if (child != null) {
                node = child;
                continue;
            }
            if (open) {
                exit(node, out);
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                exit(node, out);
            }
            if (node == root) {
                return out.toString();
            }
            node = node.getNext();
        }
    }

    /** Emits what comes before a node's children; returns whether to visit them. */
    private static boolean enter(Node node, PlainTextBuilder out) {
        if (node instanceof Text) {
            String literal = ((Text) node).getLiteral();
            out.text(startsTaskItem(node) ? literal.substring(3) : literal);
            return false;
        } else if (node instanceof Code) {
            out.text(((Code) node).getLiteral());
            return false;
        } else if (node instanceof SoftLineBreak) {
            out.text(" ");
            return false;
        } else if (node instanceof HardLineBreak) {
            out.lineBreak();
            return false;
        } else if (node instanceof FencedCodeBlock) {
            code(((FencedCodeBlock) node).getLiteral(), out);
            return false;
        } else if (node instanceof IndentedCodeBlock) {
            code(((IndentedCodeBlock) node).getLiteral(), out);
            return false;
        } else if (node instanceof HtmlBlock) {
            html(((HtmlBlock) node).getLiteral(), out);
            return false;
        } else if (node instanceof HtmlInline) {
            if (LINE_BREAK_TAG.matcher(((HtmlInline) node).getLiteral()).matches()) {
                out.lineBreak();
            }
            return false;
        } else if (node instanceof Image || node instanceof LinkReferenceDefinition) {
            return false;
        } else if (node instanceof ThematicBreak) {
            out.paragraphBreak();
            return false;
        } else if (isBlock(node)) {
            out.paragraphBreak();
        }
        return true;
    }

    /** Emits what comes after a node's children. */
    private static void exit(Node node, PlainTextBuilder out) {
        if (node instanceof TableCell) {
            out.text(" ");
        } else if (node instanceof TableRow) {
            out.lineBreak();
        } else if (isBlock(node)) {
            out.paragraphBreak();
        }
    }

    /**
     * Whether a text node starts with the marker of a GitHub task list item ({@code [ ]},
     * {@code [x]} or {@code [X]} and white space, at the start of a list item's first
     * paragraph), which a reader sees as a check box, not as text.
     */
    private static boolean startsTaskItem(Node node) {
        Node paragraph = node.getParent();
        if (node.getPrevious() != null || !(paragraph instanceof Paragraph) || paragraph.getPrevious() != null
                || !(paragraph.getParent() instanceof ListItem)) {
            return false;
        }
        String literal = ((Text) node).getLiteral();
        return literal.length() >= 3 && literal.charAt(0) == '[' && literal.charAt(2) == ']'
                && (literal.charAt(1) == ' ' || literal.charAt(1) == 'x' || literal.charAt(1) == 'X')
                && (literal.length() == 3 ? node.getNext() == null || node.getNext() instanceof SoftLineBreak
                        : literal.charAt(3) == ' ' || literal.charAt(3) == '\t');
    }

    private static boolean isBlock(Node node) {
        return node instanceof Paragraph || node instanceof Heading || node instanceof BlockQuote
                || node instanceof ListBlock || node instanceof ListItem || node instanceof TableBlock;
    }

    /** An HTML block's text, with the line and paragraph breaks of its HTML. */
    private static void html(String html, PlainTextBuilder out) {
        out.paragraphBreak();
        for (String paragraph : HtmlText.of(html).split("\n\n", -1)) {
            for (String line : paragraph.split("\n", -1)) {
                out.text(line).lineBreak();
            }
            out.paragraphBreak();
        }
    }

    /** A code block's lines, each without its indentation, as their own lines. */
    private static void code(String literal, PlainTextBuilder out) {
        out.paragraphBreak();
        String[] lines = literal.split("\r\n|\r|\n", -1);
        int end = lines.length;
        while (end > 0 && lines[end - 1].isBlank()) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            out.verbatimLine(lines[i].strip());
        }
        out.paragraphBreak();
    }
}
