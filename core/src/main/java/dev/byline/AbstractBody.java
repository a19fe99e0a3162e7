package dev.byline;

import dev.byline.internal.Rules;
import dev.byline.internal.Text;
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

    @Value.Check
    AbstractBody normalize() {
        Rules.body("content", content(), Limits.MAX_BODY_LENGTH);
        String nfc = Text.nfc(content());
        return nfc == content() ? this : Body.of(format(), nfc);
    }
}
