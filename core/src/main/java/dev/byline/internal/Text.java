package dev.byline.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** String helpers: NFC normalization, blankness, shortening for messages. Not API. */
public final class Text {

    /** Longest value shown in an exception message, in UTF-16 code units. */
    public static final int SHOWN_VALUE_LENGTH = 60;

    private Text() {}

    /**
     * Returns the NFC form of a string; already-normalized strings are returned as they are
     * (the same instance). Text made only of characters NFC leaves alone (all of ASCII and
     * Latin-1, most letters of most scripts) is recognized without the normalizer.
     */
    public static String nfc(String s) {
        if (isNfc(s)) {
            return s;
        }
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Returns the list with every string in NFC: the same list instance when none changes,
     * otherwise a new modifiable list.
     */
    public static List<String> nfc(List<String> list) {
        for (int i = 0, n = list.size(); i < n; i++) {
            String s = list.get(i);
            String normalized = nfc(s);
            if (normalized != s) {
                List<String> copy = new ArrayList<>(list);
                copy.set(i, normalized);
                for (int j = i + 1; j < n; j++) {
                    copy.set(j, nfc(copy.get(j)));
                }
                return copy;
            }
        }
        return list;
    }

    /** Returns the optional string in NFC: the same instance when it does not change. */
    public static Optional<String> nfc(Optional<String> value) {
        if (value.isEmpty()) {
            return value;
        }
        String s = value.get();
        String normalized = nfc(s);
        return normalized == s ? value : Optional.of(normalized);
    }

    /**
     * BMP characters that NFC neither changes nor combines with a neighbour nor reorders:
     * quick check "yes" and canonical combining class 0, as ICU reports them ({@link NfcInert},
     * derived from ICU at build time and checked against it by a test), among characters the
     * running JDK knows too (so the JDK's normalizer, whose Unicode version may differ, treats
     * them the same way: normalization properties of an assigned character never change). One
     * bit per character, in blocks of 256 characters built on first use. No Unicode data is
     * loaded: loading ICU's here cost some 50 ms on the first non-ASCII title. A block is
     * published through a final field, so a thread that sees it sees its bits; two threads
     * building the same block build equal ones.
     */
    private static final Block[] INERT = new Block[256];

    /** The table's bits for the 256 characters {@code high << 8} to {@code high << 8 | 0xFF}. */
    static final class Block {
        final long[] bits;

        Block(int high) {
            long[] b = new long[4];
            int first = high << 8;
            String ranges = NfcInert.RANGES;
            // the first range that ends in or after this block (ranges are sorted pairs)
            int lo = 0;
            int hi = ranges.length() / 2;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ranges.charAt(2 * mid + 1) < first) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int low = 0; low < 256; low++) {
                int c = first | low;
                while (2 * lo < ranges.length() && ranges.charAt(2 * lo + 1) < c) {
                    lo++;
                }
                boolean listed = 2 * lo < ranges.length() && ranges.charAt(2 * lo) <= c;
                if (c < 0x300 || listed && Character.isDefined(c)) {
                    b[low >>> 6] |= 1L << low;
                }
            }
            this.bits = b;
        }

        /** Whether the character, whose high byte this block is for, is in the table. */
        boolean admits(char c) {
            return (bits[(c >>> 6) & 3] & (1L << c)) != 0;
        }
    }

    /** Whether a BMP character is in the table of characters NFC leaves alone in any context. */
    static boolean inert(char c) {
        Block block = INERT[c >>> 8];
        if (block == null) {
            block = new Block(c >>> 8);
            INERT[c >>> 8] = block;
        }
        return block.admits(c);
    }

    /**
     * Whether a string is in NFC: the table-based fast path first, the JDK normalizer only for
     * what it cannot settle.
     */
    public static boolean isNfc(String s) {
        return surelyNfc(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC);
    }

    /**
     * Whether a string is NFC without asking the normalizer: true when every character is
     * below U+0300 (where no character changes, combines or reorders under NFC) or in the
     * table of such BMP characters. False means "ask the normalizer", not "not NFC".
     */
    static boolean surelyNfc(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (!leftAloneByNfc(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether NFC surely leaves a code point alone in any context: below U+0300 or in the table.
     * A supplementary code point is not (the shortcut sees its surrogates, which are not in the
     * table), so text with one goes to the normalizer.
     */
    static boolean leftAloneByNfc(int cp) {
        return cp < 0x300 || cp <= 0xFFFF && inert((char) cp);
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
     * The length of a string in code points, the unit of every length limit (see
     * {@code Limits}), when that length may exceed {@code max}; otherwise its length in UTF-16
     * units, which is then at most {@code max} too. Counting is skipped for the usual short value.
     *
     * @param s the string
     * @param max the limit about to be checked
     * @return a length that exceeds {@code max} exactly when the code point count does
     */
    public static int codePointLength(String s, int max) {
        int n = s.length();
        return n <= max ? n : s.codePointCount(0, n);
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
