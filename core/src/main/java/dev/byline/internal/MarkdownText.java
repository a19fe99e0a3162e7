package dev.byline.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to plain text for word counts and excerpts, covering the common CommonMark and
 * GitHub constructs: ATX and setext headings, paragraphs, block quotes, bullet, ordered and
 * task lists, fenced and indented code (content kept verbatim), thematic breaks, tables,
 * emphasis and strike-through, code spans, inline links, reference links and their
 * definitions, autolinks, images (left out, as in HTML), backslash escapes, entities and raw
 * HTML (through jsoup). It is not a full CommonMark parser: link text spanning lines, nested
 * brackets inside link text and lazy continuation lines of block quotes are treated
 * approximately. Not API.
 */
public final class MarkdownText {

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");
    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
    private static final Pattern THEMATIC = Pattern.compile("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:[ \\t]*\\S+.*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}> ?");
    private static final Pattern ITEM = Pattern.compile("^ {0,3}(?:[-+*]|\\d{1,9}[.)])(?:[ \\t]+|$)(?:\\[[ xX]\\][ \\t]+)?");
    private static final Pattern TABLE_DELIMITER = Pattern.compile("^ {0,3}\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*$");
    private static final Pattern HTML_BLOCK = Pattern.compile("^ {0,3}<[A-Za-z/!?].*$");

    private MarkdownText() {}

    /** Returns the plain text of a Markdown document. */
    public static String of(String markdown) {
        String[] lines = markdown.split("\r\n|\r|\n", -1);
        PlainTextBuilder out = new PlainTextBuilder();
        String fence = null;
        boolean inParagraph = false;
        boolean inTable = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace('\t', ' ');
            if (fence != null) {
                String t = line.strip();
                char fenceChar = fence.charAt(0);
                if (t.startsWith(fence) && t.chars().allMatch(c -> c == fenceChar)) {
                    fence = null;
                    out.paragraphBreak();
                } else {
                    out.verbatimLine(line.strip());
                }
                continue;
            }
            Matcher fm = FENCE.matcher(line);
            if (fm.matches() && !(fm.group(1).charAt(0) == '`' && fm.group(2).indexOf('`') >= 0)) {
                fence = fm.group(1);
                out.paragraphBreak();
                inParagraph = false;
                continue;
            }
            if (line.isBlank()) {
                out.paragraphBreak();
                inParagraph = false;
                inTable = false;
                continue;
            }
            if (inParagraph && SETEXT.matcher(line).matches()) {
                out.paragraphBreak();
                inParagraph = false;
                continue;
            }
            if (THEMATIC.matcher(line).matches()) {
                out.paragraphBreak();
                inParagraph = false;
                continue;
            }
            if (!inParagraph && DEFINITION.matcher(line).matches()) {
                continue;
            }
            if (TABLE_DELIMITER.matcher(line).matches() && line.indexOf('|') >= 0) {
                continue;
            }
            boolean tableRow = line.indexOf('|') >= 0 && (inTable
                    || (i + 1 < lines.length && TABLE_DELIMITER.matcher(lines[i + 1]).matches()
                            && lines[i + 1].indexOf('|') >= 0));
            if (tableRow) {
                if (!inTable) {
                    out.paragraphBreak();
                }
                inTable = true;
                for (String cell : splitCells(line)) {
                    inline(cell, out);
                    out.text(" ");
                }
                out.lineBreak();
                inParagraph = false;
                continue;
            }
            if (inTable) {
                out.paragraphBreak();
                inTable = false;
            }
            // container markers: block quotes and list items, possibly nested
            String rest = line;
            boolean newBlock = false;
            while (true) {
                Matcher q = QUOTE.matcher(rest);
                if (q.lookingAt()) {
                    rest = rest.substring(q.end());
                    continue;
                }
                Matcher li = ITEM.matcher(rest);
                if (li.lookingAt() && !THEMATIC.matcher(rest).matches()) {
                    rest = rest.substring(li.end());
                    newBlock = true;
                    continue;
                }
                break;
            }
            Matcher h = ATX.matcher(rest);
            if (h.matches()) {
                out.paragraphBreak();
                inline(h.group(1) == null ? "" : h.group(1), out);
                out.paragraphBreak();
                inParagraph = false;
                continue;
            }
            if (newBlock) {
                out.paragraphBreak();
            }
            if (HTML_BLOCK.matcher(rest).matches() && !inParagraph) {
                out.text(HtmlText.of(rest)).lineBreak();
                continue;
            }
            inline(rest.strip(), out);
            out.text(" ");
            inParagraph = true;
        }
        return out.toString();
    }

    private static String[] splitCells(String line) {
        String t = line.strip();
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|") && !t.endsWith("\\|")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.split("(?<!\\\\)\\|", -1);
    }

    /** Inline content: code spans, links, images, emphasis, escapes, entities and HTML. */
    static void inline(String s, PlainTextBuilder out) {
        StringBuilder text = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && isAsciiPunctuation(s.charAt(i + 1))) {
                // escaped: literal, and must not be taken for markup (kept as a marked char)
                text.append('\uE000').append(s.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                int run = run(s, i, '`');
                int close = findRun(s, i + run, '`', run);
                if (close < 0) {
                    text.append(s, i, i + run);
                    i += run;
                } else {
                    String code = s.substring(i + run, close).strip();
                    for (int k = 0; k < code.length(); k++) {
                        text.append('\uE000').append(code.charAt(k));
                    }
                    i = close + run;
                }
            } else if (c == '!' && i + 1 < n && s.charAt(i + 1) == '[') {
                int end = linkEnd(s, i + 1);
                if (end < 0) {
                    text.append(c);
                    i++;
                } else {
                    i = end;
                }
            } else if (c == '[') {
                int close = s.indexOf(']', i + 1);
                int end = close < 0 ? -1 : linkEnd(s, i);
                if (end < 0) {
                    text.append(c);
                    i++;
                } else {
                    text.append(s, i + 1, close);
                    i = end;
                }
            } else if (c == '<') {
                int close = s.indexOf('>', i + 1);
                String inside = close < 0 ? "" : s.substring(i + 1, close);
                if (close > 0 && (inside.matches("[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*")
                        || inside.matches("[^\\s<>@]+@[^\\s<>@]+"))) {
                    text.append(inside);
                    i = close + 1;
                } else {
                    text.append(c);
                    i++;
                }
            } else {
                text.append(c);
                i++;
            }
        }
        String plain = emphasis(text);
        if (plain.indexOf('<') >= 0 || plain.indexOf('&') >= 0) {
            plain = HtmlText.of(plain.replace("\uE000<", "&lt;").replace("\uE000&", "&amp;"));
        }
        out.text(plain.replace("\uE000", ""));
    }

    /** End index of an inline link {@code [text](dest)} or reference link {@code [text][ref]} / {@code [text]} starting at {@code open}, or -1. */
    private static int linkEnd(String s, int open) {
        int close = s.indexOf(']', open + 1);
        if (close < 0) {
            return -1;
        }
        int after = close + 1;
        if (after < s.length() && s.charAt(after) == '(') {
            int depth = 0;
            for (int k = after; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return k + 1;
                }
            }
            return -1;
        }
        if (after < s.length() && s.charAt(after) == '[') {
            int refClose = s.indexOf(']', after + 1);
            return refClose < 0 ? -1 : refClose + 1;
        }
        return -1;
    }

    /** Removes emphasis and strike-through delimiter runs that open or close a span. */
    private static String emphasis(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            boolean escaped = i > 0 && s.charAt(i - 1) == '\uE000';
            if ((c == '*' || c == '_' || c == '~') && !escaped) {
                int j = i;
                while (j < n && s.charAt(j) == c) {
                    j++;
                }
                int before = i == 0 ? ' ' : s.charAt(i - 1);
                int after = j >= n ? ' ' : s.charAt(j);
                // CommonMark's flanking rules also look at punctuation, but a run is dropped when it
                // can open or close, and a run not next to white space always can (one side or the
                // other): so only white space decides
                boolean leftFlanking = !isSpace(after);
                boolean rightFlanking = !isSpace(before);
                boolean delimiter;
                if (c == '_') {
                    // no intraword emphasis with underscores (snake_case stays)
                    delimiter = (leftFlanking && !(rightFlanking && Character.isLetterOrDigit(before)))
                            || (rightFlanking && !(leftFlanking && Character.isLetterOrDigit(after)));
                } else if (c == '~') {
                    delimiter = (j - i == 2) && (leftFlanking || rightFlanking);
                } else {
                    delimiter = leftFlanking || rightFlanking;
                }
                if (!delimiter) {
                    sb.append(s, i, j);
                }
                i = j;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    private static boolean isAsciiPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }

    private static int run(String s, int from, char c) {
        int j = from;
        while (j < s.length() && s.charAt(j) == c) {
            j++;
        }
        return j - from;
    }

    private static int findRun(String s, int from, char c, int length) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == c) {
                int r = run(s, i, c);
                if (r == length) {
                    return i;
                }
                i += r;
            } else {
                i++;
            }
        }
        return -1;
    }
}
