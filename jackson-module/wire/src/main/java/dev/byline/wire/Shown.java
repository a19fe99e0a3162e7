package dev.byline.wire;

/**
 * Values as error messages show them: invisible characters escaped as {@code \\uXXXX}, cut
 * to {@link #LENGTH} characters with an ellipsis, so that a message is safe to log. Not API.
 */
final class Shown {

    /** Longest value shown, in UTF-16 code units. */
    static final int LENGTH = 60;

    private Shown() {}

    static String value(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), LENGTH) + 8);
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            int count = Character.charCount(cp);
            int type = Character.getType(cp);
            String piece = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    ? String.format("\\u%04X", cp) : s.substring(i, i + count);
            if (sb.length() + piece.length() > LENGTH - 1 && i + count < n) {
                return sb.append('…').toString();
            }
            sb.append(piece);
            i += count;
        }
        return sb.toString();
    }
}
