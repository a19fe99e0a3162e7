package dev.byline;

import dev.byline.internal.Rules;
import dev.byline.internal.Text;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A reference to an image, the same type wherever an image appears: an article's lead image,
 * an author's portrait, a related post's thumbnail. Build with {@code Image.builder()} or
 * {@code Image.of(uri)}.
 *
 * <p>Invariants: {@code url} is an absolute http(s) URL without credentials; {@code width} and
 * {@code height} are between 1 and {@link Limits#MAX_IMAGE_DIMENSION}; {@code alt},
 * {@code caption} and {@code credit} are not blank, at most {@link Limits#MAX_CAPTION_LENGTH}
 * long, free of control characters (except tabs and line breaks) and bidi overrides, and NFC.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractImage {

    static final Set<String> ATTRIBUTES = Set.of("url", "alt", "width", "height", "caption", "credit");

    /**
     * Returns where the image is.
     *
     * @return the absolute http(s) URL; never null
     */
    @Value.Parameter
    public abstract URI url();

    /**
     * Returns the text alternative for readers who cannot see the image.
     *
     * @return the alt text, or empty
     */
    public abstract Optional<String> alt();

    /**
     * Returns the width in pixels.
     *
     * @return the width, or empty if unknown
     */
    public abstract OptionalInt width();

    /**
     * Returns the height in pixels.
     *
     * @return the height, or empty if unknown
     */
    public abstract OptionalInt height();

    /**
     * Returns the caption shown under the image.
     *
     * @return the caption, or empty
     */
    public abstract Optional<String> caption();

    /**
     * Returns who made or owns the image.
     *
     * @return the credit line, or empty
     */
    public abstract Optional<String> credit();

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
    AbstractImage normalize() {
        Optional<String> alt = alt();
        Optional<String> caption = caption();
        Optional<String> credit = credit();
        Rules.url("url", url());
        // each check also tells whether its value is surely NFC, which spares a second pass below
        boolean surelyNfc = Rules.prose("alt", alt, Limits.MAX_CAPTION_LENGTH);
        surelyNfc &= Rules.prose("caption", caption, Limits.MAX_CAPTION_LENGTH);
        surelyNfc &= Rules.prose("credit", credit, Limits.MAX_CAPTION_LENGTH);
        width().ifPresent(v -> Rules.positive("width", v, Limits.MAX_IMAGE_DIMENSION));
        height().ifPresent(v -> Rules.positive("height", v, Limits.MAX_IMAGE_DIMENSION));
        extensions().requireNoneOf(ATTRIBUTES);
        if (surelyNfc) {
            return this;
        }
        // each Text.nfc returns its argument itself when nothing changes
        Optional<String> nfcAlt = Text.nfc(alt);
        Optional<String> nfcCaption = Text.nfc(caption);
        Optional<String> nfcCredit = Text.nfc(credit);
        if (nfcAlt == alt && nfcCaption == caption && nfcCredit == credit) {
            return this;
        }
        return Image.builder().from(this).alt(nfcAlt).caption(nfcCaption).credit(nfcCredit).build();
    }
}
