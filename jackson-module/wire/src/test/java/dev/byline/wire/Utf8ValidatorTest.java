package dev.byline.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict UTF-8 check agrees with the JDK's strict decoder, whole or fed in pieces. */
class Utf8ValidatorTest {

    private static byte[] hex(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    @ParameterizedTest
    @CsvSource({
        "41, -1", "c3a9, -1", "e282ac, -1", "f09f9880, -1", "f48fbfbf, -1", "efbbbf41, -1",
        "c081, 0", "c180, 0", "e08080, 1", "eda080, 1", "f4908080, 1", "f08f8080, 1", "f5808080, 0", "ff, 0", "80, 0",
        "41c3, 2", "e282, 2", "c341, 1", "e2c282, 1"})
    void findsTheFirstInvalidByte(String hex, long expected) {
        assertThat(Utf8Validator.check(hex(hex), 0, hex.length() / 2)).isEqualTo(expected);
    }

    private static boolean jdkValid(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void agreesWithTheJdkOnRandomBytesWholeAndInPieces() {
        Random random = new Random(3629);
        for (int n = 0; n < 200_000; n++) {
            byte[] b = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : random.nextInt(256));
            }
            boolean valid = Utf8Validator.check(b, 0, b.length) < 0;
            assertThat(valid).as("%s", java.util.HexFormat.of().formatHex(b)).isEqualTo(jdkValid(b));
            Utf8Validator pieces = new Utf8Validator();
            long bad = -1;
            for (int i = 0; i < b.length && bad < 0; i++) {
                bad = pieces.feed(b, i, 1);
            }
            assertThat(bad < 0 && pieces.end() < 0).isEqualTo(valid);
        }
    }

    /** The first invalid byte found one byte at a time (no run of ASCII to skip in one step). */
    private static long byteByByte(byte[] b, int from, int length) {
        Utf8Validator v = new Utf8Validator();
        for (int i = from; i < from + length; i++) {
            long bad = v.feed(b, i, 1);
            if (bad >= 0) {
                return bad;
            }
        }
        return v.end();
    }

    @Test
    void findsTheSameByteInLongMostlyAsciiInputWholeAndInPieces() {
        // long ASCII runs (skipped 32 and 8 bytes at a time) with sequences, valid or not, at
        // every alignment, read from an offset into the array, whole and in random pieces
        Random random = new Random(3987);
        byte[][] sequences = {hex("c3a9"), hex("e282ac"), hex("f09f9880"), hex("c081"), hex("e08080"), hex("eda080"),
            hex("f5808080"), hex("80"), hex("ff"), hex("e282"), hex("f09f98")};
        for (int n = 0; n < 20_000; n++) {
            int from = random.nextInt(9);
            byte[] b = new byte[from + random.nextInt(160)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (0x20 + random.nextInt(0x5F));
            }
            int inserted = random.nextInt(3);
            for (int k = 0; k < inserted && b.length > from + 4; k++) {
                byte[] seq = sequences[random.nextInt(random.nextInt(4) == 0 ? sequences.length : 3)];
                int at = from + random.nextInt(b.length - from - seq.length + 1);
                System.arraycopy(seq, 0, b, at, Math.min(seq.length, b.length - at));
            }
            int length = b.length - from;
            long expected = byteByByte(b, from, length);
            String shown = java.util.HexFormat.of().formatHex(b, from, b.length);
            assertThat(Utf8Validator.check(b, from, length)).as("%s", shown).isEqualTo(expected);
            assertThat(expected < 0).as("%s", shown)
                    .isEqualTo(jdkValid(java.util.Arrays.copyOfRange(b, from, b.length)));
            Utf8Validator pieces = new Utf8Validator();
            long bad = -1;
            for (int i = from; i < b.length && bad < 0; ) {
                int piece = Math.min(b.length - i, 1 + random.nextInt(40));
                bad = pieces.feed(b, i, piece);
                i += piece;
            }
            assertThat(bad >= 0 ? bad : pieces.end()).as("%s", shown).isEqualTo(expected);
        }
    }

    @Test
    void theMessageNamesTheOffset() {
        assertThat(Utf8Validator.message(7)).isEqualTo(
                "$: must be valid UTF-8 (RFC 3629): invalid or overlong byte sequence at byte offset 7");
    }
}
