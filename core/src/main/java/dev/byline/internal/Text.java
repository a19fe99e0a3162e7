package dev.byline.internal;

import java.text.Normalizer;

/** String helpers: NFC normalization, blankness, shortening for messages. Not API. */
public final class Text {

    /** Longest value shown in an exception message, in UTF-16 code units. */
    public static final int SHOWN_VALUE_LENGTH = 60;

    private Text() {}

    /**
     * Returns the NFC form of a string; ASCII and already-normalized strings are returned as
     * they are (the same instance).
     */
    public static String nfc(String s) {
        if (isAscii(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            return s;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Whether every char of the string is below U+0080. */
    public static boolean isAscii(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the string has nothing visible: only white space (including no-break and
     * ideographic spaces) and format characters (zero-width spaces and joiners, bidi marks).
     */
    public static boolean isBlank(String s) {
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && Character.getType(cp) != Character.FORMAT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * Shortens a value for an exception message: invisible and unsafe characters (controls,
     * format characters such as bidi overrides, unpaired surrogates) are written as
     * {@code \\uXXXX}, and the result is cut to {@link #SHOWN_VALUE_LENGTH} code units with a
     * trailing ellipsis. Idempotent: shortening a shortened value changes nothing.
     */
    public static String shorten(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), SHOWN_VALUE_LENGTH) + 8);
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            int count = Character.charCount(cp);
            int type = Character.getType(cp);
            String piece;
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                piece = String.format("\\u%04X", cp);
            } else {
                piece = s.substring(i, i + count);
            }
            if (sb.length() + piece.length() > SHOWN_VALUE_LENGTH - 1 && i + count < n) {
                sb.append('…');
                return sb.toString();
            }
            sb.append(piece);
            i += count;
        }
        return sb.toString();
    }
}
