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

    @Test
    void theMessageNamesTheOffset() {
        assertThat(Utf8Validator.message(7)).isEqualTo(
                "$: must be valid UTF-8 (RFC 3629): invalid or overlong byte sequence at byte offset 7");
    }
}
