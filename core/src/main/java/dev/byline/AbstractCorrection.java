package dev.byline;

import dev.byline.internal.Rules;
import dev.byline.internal.Text;
import java.time.OffsetDateTime;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A dated correction published with an article: what was wrong and what was done, as news and
 * think-tank sites print them under the text (the Trust Project asks for them; schema.org's
 * {@code correction}, a {@code CorrectionComment}).
 * {@code Correction.of(OffsetDateTime.parse("2025-11-23T10:00:00+05:00"), "An earlier version gave the wrong date for the bridge's reopening.")}.
 *
 * <p>Invariants: {@code text} is prose (line breaks allowed) of at most
 * {@link Limits#MAX_CORRECTION_LENGTH}, not blank, NFC. The article holding corrections further
 * requires each to be dated no earlier than its publication. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCorrection {

    static final Set<String> ATTRIBUTES = Set.of("date", "text");

    /**
     * Returns when the correction was made.
     *
     * @return the date-time with its offset; never null
     */
    @Value.Parameter
    public abstract OffsetDateTime date();

    /**
     * Returns the correction's text.
     *
     * @return the text, NFC; never null or blank
     */
    @Value.Parameter
    public abstract String text();

    /**
     * Returns the properties byline does not know, kept for a lossless round trip.
     *
     * @return the extensions; never null, empty by default
     */
    @Value.Default
    public Extensions extensions() {
        return Extensions.empty();
    }

    @Value.Check
    AbstractCorrection normalize() {
        boolean surelyNfc = Rules.prose("text", text(), Limits.MAX_CORRECTION_LENGTH);
        extensions().requireNoneOf(ATTRIBUTES);
        if (surelyNfc) {
            return this;
        }
        String nfc = Text.nfc(text());
        return nfc.equals(text()) ? this : Correction.copyOf(this).withText(nfc);
    }
}
