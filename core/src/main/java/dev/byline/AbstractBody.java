package dev.byline;

import dev.byline.internal.Rules;
import dev.byline.internal.Text;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The text of an article in one markup {@link BodyFormat format}. Create with
 * {@code Body.of(BodyFormat.HTML, "<p>…</p>")}.
 *
 * <p>The content may be empty (a draft), is at most {@link Limits#MAX_BODY_LENGTH} long, may
 * contain tabs and line breaks but no other control characters or unpaired surrogates, and is
 * normalized to NFC. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractBody {

    static final Set<String> ATTRIBUTES = Set.of("format", "content");

    /**
     * Returns the markup of the content.
     *
     * @return the format; never null
     */
    @Value.Parameter
    public abstract BodyFormat format();

    /**
     * Returns the content in its markup, for example an HTML fragment.
     *
     * @return the content, NFC; never null, may be empty
     */
    @Value.Parameter
    public abstract String content();

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
    AbstractBody normalize() {
        // one pass over a long body checks its characters and, usually, settles that it is NFC
        boolean surelyNfc = Rules.body("content", content(), Limits.MAX_BODY_LENGTH);
        extensions().requireNoneOf(ATTRIBUTES);
        String nfc = surelyNfc ? content() : Text.nfc(content());
        return nfc == content() ? this : Body.copyOf(this).withContent(nfc);
    }
}
