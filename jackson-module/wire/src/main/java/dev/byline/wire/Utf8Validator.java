package dev.byline.wire;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A strict UTF-8 check (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF, no
 * stray continuation bytes, no sequence cut short at the end. Fed in pieces, so it can watch a
 * stream go by. Some Jackson 3 releases (3.1.x) decode overlong forms such as {@code C0 80} and
 * lead bytes {@code F5}–{@code F7} without complaint, where Jackson 2 and newer Jackson 3 releases
 * refuse them; the Jackson 3 adapter's hardened reader uses this check there, so that both
 * generations refuse the same bytes. Not thread-safe (one per input). Not API.
 */
public final class Utf8Validator {

    /** Eight bytes of a byte array read as one long, so that ASCII is skipped eight bytes at a time. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The high bit of each of eight bytes: zero in all of them means eight ASCII bytes. */
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private int needed;
    private int low = 0x80;
    private int high = 0xBF;
    private long offset;

    /**
     * Checks the next bytes of the input.
     *
     * @return -1 if they are fine so far, otherwise the offset in the whole input of the first
     *     invalid byte
     */
    public long feed(byte[] data, int from, int length) {
        // locals in the loop, fields written back once: the check runs over every byte of a
        // document, and most bytes of most documents are ASCII
        int needed = this.needed;
        int low = this.low;
        int high = this.high;
        int end = from + length;
        int i = from;
        try {
            while (i < end) {
                if (needed == 0) {
                    i = skipAscii(data, i, end);
                    if (i == end) {
                        break;
                    }
                    int b = data[i] & 0xFF;
                    // RFC 3629, section 4: the lead byte bounds the next byte, which rules out
                    // overlong forms, surrogates and code points above U+10FFFF at the first place
                    if (b >= 0xC2 && b <= 0xDF) {
                        needed = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        needed = 2;
                        low = b == 0xE0 ? 0xA0 : 0x80;
                        high = b == 0xED ? 0x9F : 0xBF;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        needed = 3;
                        low = b == 0xF0 ? 0x90 : 0x80;
                        high = b == 0xF4 ? 0x8F : 0xBF;
                    } else {
                        return offset + (i - from);
                    }
                } else {
                    int b = data[i] & 0xFF;
                    if (b < low || b > high) {
                        return offset + (i - from);
                    }
                    low = 0x80;
                    high = 0xBF;
                    needed--;
                }
                i++;
            }
            return -1;
        } finally {
            this.needed = needed;
            this.low = low;
            this.high = high;
            this.offset += i - from;
        }
    }

    /**
     * The index of the first byte at or after {@code i} that is not ASCII, or {@code end}. Most
     * bytes of most documents are ASCII: they are tested 32, then 8 bytes at a time (one load
     * and one mask per 8 bytes), the rest one by one.
     */
    private static int skipAscii(byte[] data, int i, int end) {
        while (i <= end - 32) {
            long a = (long) LONGS.get(data, i);
            long b = (long) LONGS.get(data, i + 8);
            long c = (long) LONGS.get(data, i + 16);
            long d = (long) LONGS.get(data, i + 24);
            if (((a | b | c | d) & HIGH_BITS) != 0) {
                break;
            }
            i += 32;
        }
        while (i <= end - 8) {
            if (((long) LONGS.get(data, i) & HIGH_BITS) != 0) {
                break;
            }
            i += 8;
        }
        while (i < end && data[i] >= 0) {
            i++;
        }
        return i;
    }

    /**
     * Tells whether the input may end here: no multi-byte sequence is left open.
     *
     * @return -1 if so, otherwise the offset of the end of the input
     */
    public long end() {
        return needed == 0 ? -1 : offset;
    }

    /**
     * Checks a whole input at once.
     *
     * @return -1 if the bytes are valid UTF-8, otherwise the offset of the first invalid byte
     */
    public static long check(byte[] data, int from, int length) {
        Utf8Validator v = new Utf8Validator();
        long bad = v.feed(data, from, length);
        return bad >= 0 ? bad : v.end();
    }

    /** What a checked stream does with invalid bytes: throws the adapter's parse exception. */
    public interface Refusal {
        /**
         * Throws the exception for invalid input; never returns normally.
         *
         * @param message the message, from {@link #message(long)}
         */
        void refuse(String message) throws IOException;
    }

    /**
     * Wraps a stream so that its bytes are checked as they are read; invalid bytes, or a
     * sequence cut short at the end, are refused through {@code refusal}.
     */
    public static InputStream checking(InputStream in, Refusal refusal) {
        return new CheckedStream(in, refusal);
    }

    private static final class CheckedStream extends FilterInputStream {

        private final Utf8Validator validator = new Utf8Validator();
        private final Refusal refusal;

        CheckedStream(InputStream in, Refusal refusal) {
            super(in);
            this.refusal = refusal;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            long bad = n < 0 ? validator.end() : validator.feed(b, off, n);
            if (bad >= 0) {
                refusal.refuse(message(bad));
            }
            return n;
        }
    }

    /** The message for invalid UTF-8 at an offset of the input. */
    public static String message(long offset) {
        return "$: must be valid UTF-8 (RFC 3629): invalid or overlong byte sequence at byte offset " + offset;
    }
}
