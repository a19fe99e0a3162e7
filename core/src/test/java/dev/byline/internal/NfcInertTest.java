package dev.byline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed NFC shortcut table agrees with ICU, its source. */
class NfcInertTest {

    @Test
    void theCommittedRangesAreTheOnesIcuGives() {
        assertThat(NfcInert.RANGES)
                .as("NfcInert.java is stale: rerun NfcInertTable.main (see its comment)")
                .isEqualTo(NfcInertTable.derivedRanges());
    }

    @Test
    void theCommittedFileIsExactlyTheGeneratedOne() throws IOException {
        Path file = Path.of("src/main/java/dev/byline/internal/NfcInert.java");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(NfcInertTable.javaSource(NfcInertTable.derivedRanges()));
    }

    @Test
    void everyBlockAdmitsExactlyWhatIcuAndTheJdkBothDefineAsInert() {
        for (int high = 0; high < 256; high++) {
            Text.Block block = new Text.Block(high);
            for (int low = 0; low < 256; low++) {
                int c = high << 8 | low;
                boolean expected = c < 0x300 || NfcInertTable.inertByIcu(c) && Character.isDefined(c);
                assertThat(block.admits((char) c)).as("U+%04X", c).isEqualTo(expected);
            }
        }
    }

    @Test
    void theRangesAreSortedPairsAboveU02FF() {
        String r = NfcInert.RANGES;
        assertThat(r.length() % 2).isZero();
        assertThat(r.charAt(0)).isGreaterThanOrEqualTo('\u0300');
        for (int i = 0; i < r.length(); i += 2) {
            assertThat(r.charAt(i)).isLessThanOrEqualTo(r.charAt(i + 1));
            if (i > 0) {
                assertThat((int) r.charAt(i)).as("range %d starts after the previous one ends, with a gap", i / 2)
                        .isGreaterThan(r.charAt(i - 1) + 1);
            }
        }
    }
}
