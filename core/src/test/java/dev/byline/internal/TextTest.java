package dev.byline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NFC normalization and its shortcut for text the normalizer would leave alone. */
class TextTest {

    /** Starters that compose with a following character in some script. */
    private static final String STARTERS = "aeoAEO\u00E2\u0415\u0418\u03B1\u05D0\u0627\u0648\u0915\u09C7\u0B47"
            + "\u0BC6\u0CC6\u0D46\u0DD9\u1025\u1100\uAC00\u3046\u1B05";

    @Test
    void everyCharacterTakenAsSurelyNfcIsNfcAloneAndAfterAComposingStarter() {
        int admitted = 0;
        Text.Block block = null;
        for (int c = 0; c < 0x10000; c++) {
            String one = String.valueOf((char) c);
            if ((c & 0xFF) == 0) {
                // a block built here, not the one the shortcut built and kept on first use
                block = new Text.Block(c >>> 8);
            }
            boolean inTable = block.admits((char) c);
            assertThat(Text.surelyNfc(one)).as("U+%04X", c).isEqualTo(inTable || c < 0x300);
            if (!inTable) {
                continue;
            }
            admitted++;
            assertThat(Normalizer.isNormalized(one, Normalizer.Form.NFC)).as("U+%04X", c).isTrue();
            for (int k = 0; k < STARTERS.length(); k++) {
                String pair = STARTERS.charAt(k) + one;
                assertThat(Normalizer.isNormalized(pair, Normalizer.Form.NFC)).as("U+%04X after %s", c, STARTERS.charAt(k))
                        .isTrue();
            }
        }
        assertThat(admitted).isGreaterThan(40_000);
    }

    @Test
    void everyPairBelowU0300IsNfc() {
        StringBuilder sb = new StringBuilder("  ");
        for (char a = 0; a < 0x300; a++) {
            for (char b = 0; b < 0x300; b++) {
                sb.setCharAt(0, a);
                sb.setCharAt(1, b);
                if (!Normalizer.isNormalized(sb, Normalizer.Form.NFC)) {
                    throw new AssertionError(String.format("U+%04X U+%04X", (int) a, (int) b));
                }
            }
        }
        assertThat(Text.surelyNfc("\u0000\u02FF")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain ASCII", "Caf\u00E9 \u2014 \u201Cquoted\u201D \u2026", "\u041C\u043E\u0441\u043A\u0432\u0430 \u0439",
        "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "\u4E2D\u6587\u3002", "\u0130stanbul \u0131"})
    void commonTextIsRecognizedWithoutTheNormalizer(String text) {
        assertThat(Text.surelyNfc(text)).isTrue();
        assertThat(Text.nfc(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(chars = {'\u0300', '\u0301', '\u0345', '\u0958', '\u2126', '\u212B', '\uF900', '\u3099', '\u1161', '\u11A8',
        '\uD800', '\uDFFF', '\u0378', '\uFFFF'})
    void combiningDecomposingUnassignedAndSurrogateCharactersAreNotInTheTable(char c) {
        assertThat(new Text.Block(c >>> 8).admits(c)).isFalse();
        assertThat(Text.surelyNfc(String.valueOf(c))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(chars = {'\u0000', 'a', '\u02FF', '\u0410', '\u0627', '\u4E2D', '\uAC01', '\u3042', '\uFFFD'})
    void commonCharactersAreInTheTable(char c) {
        assertThat(new Text.Block(c >>> 8).admits(c)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cafe\u0301", "\u2126", "\u212B", "\u0958", "\u1100\u1161", "\uAC00\u11A8", "\u3046\u3099",
        "\uF900", "\uD834\uDD5E", "a\u0323\u0307"})
    void textTheNormalizerMayChangeIsLeftToIt(String text) {
        assertThat(Text.surelyNfc(text)).isFalse();
        assertThat(Text.nfc(text)).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    @Test
    void theBodyCheckSaysSurelyNfcExactlyWhenTheShortcutDoes() {
        for (char c = 0; c < 0xD800; c++) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c >= 0xFDD0 && c <= 0xFDEF) {
                continue; // refused by the character rules
            }
            String text = "body " + c + " text";
            assertThat(Rules.body("content", text, 100)).as("U+%04X", (int) c).isEqualTo(Text.surelyNfc(text));
        }
        assertThat(Rules.body("content", "", 10)).isTrue();
        assertThat(Rules.body("content", "<p>plain\n\tmarkup</p>", 100)).isTrue();
        // a supplementary character is left to the normalizer, as the shortcut leaves it
        assertThat(Rules.body("content", "note \uD834\uDD5E", 100)).isFalse();
        assertThat(Text.surelyNfc("note \uD834\uDD5E")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cafe\u0301", "\u2126", "a\u0323\u0307", "\u1100\u1161"})
    void aBodyThatIsNotNfcIsStillNormalized(String text) {
        assertThat(dev.byline.Body.of(dev.byline.BodyFormat.TEXT, text).content())
                .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    @Test
    void nfcComposesAndKeepsNormalizedInstances() {
        assertThat(Text.nfc("Cafe\u0301")).isEqualTo("Caf\u00E9");
        assertThat(Text.nfc("\u2126")).isEqualTo("\u03A9");
        String already = "Caf\u00E9 \u0301";
        assertThat(Text.nfc(already)).isSameAs(already);
    }

    @Test
    void asciiEndsAtU007F() {
        assertThat(Text.isAscii("")).isTrue();
        assertThat(Text.isAscii("plain \u007F")).isTrue();
        assertThat(Text.isAscii("plain \u0080")).isFalse();
        assertThat(Text.isAscii("caf\u00E9")).isFalse();
    }
}
