package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.byline.wire.ReadOptions;
import dev.byline.wire.WireException;
import dev.byline.wire.WireFormat;
import dev.byline.wire.WireType;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads one model type through the shared reader. For the article, the document type, it also
 * words malformed JSON with its path, rejects what follows a root article and a null document.
 */
final class WireDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final WireType<T> wire;
    private final ReadOptions options;
    private final boolean document;

    WireDeserializer(WireType<T> wire, ReadOptions options) {
        super(wire.type());
        this.wire = wire;
        this.options = options;
        this.document = wire.refusesNullDocument();
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        ParserInput in = new ParserInput(p);
        try {
            return wire.readValue(in, options);
        } catch (WireException e) {
            throw Failures.reading(p, e);
        } catch (JsonParseException | StreamConstraintsException e) {
            if (!document) {
                throw e;
            }
            // malformed or over-limit JSON, found by the parser: name where in the document it broke
            throw new JsonParseException(p, WireFormat.malformed(in.path(), e.getOriginalMessage()), e.getLocation(), e);
        }
    }

    /**
     * A JSON {@code null} where an article document should be is an error; inside a host's own
     * object a null value stays the host's business.
     */
    @Override
    public @Nullable T getNullValue(DeserializationContext ctxt) throws MismatchedInputException {
        JsonParser p = ctxt.getParser();
        if (document && p != null && p.getParsingContext().inRoot()) {
            throw MismatchedInputException.from(p, handledType(), WireFormat.NULL_DOCUMENT);
        }
        return null;
    }
}
