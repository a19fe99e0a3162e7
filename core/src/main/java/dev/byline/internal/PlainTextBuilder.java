package dev.byline.internal;

/**
 * Collects plain text: runs of white space become one space, line breaks and paragraph
 * breaks are kept (one {@code \n} or a blank line), no line starts or ends with a space, and
 * the result has no leading or trailing white space. Not API.
 */
public final class PlainTextBuilder {

    private final StringBuilder sb = new StringBuilder();
    /** 0 none pending, 1 space, 2 line break, 3 paragraph break. */
    private int pending;

    /** Appends text, collapsing its white space. */
    public PlainTextBuilder text(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                pending = Math.max(pending, 1);
            } else {
                flush();
                sb.append(c);
            }
        }
        return this;
    }

    /** Appends text as it is, except that it is not followed by pending white space. */
    public PlainTextBuilder verbatimLine(CharSequence s) {
        flush();
        sb.append(s);
        pending = 2;
        return this;
    }

    /** Ends the line. */
    public PlainTextBuilder lineBreak() {
        pending = Math.max(pending, 2);
        return this;
    }

    /** Ends the paragraph. */
    public PlainTextBuilder paragraphBreak() {
        pending = 3;
        return this;
    }

    private void flush() {
        if (sb.length() > 0) {
            if (pending == 1) {
                sb.append(' ');
            } else if (pending == 2) {
                sb.append('\n');
            } else if (pending == 3) {
                sb.append("\n\n");
            }
        }
        pending = 0;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
