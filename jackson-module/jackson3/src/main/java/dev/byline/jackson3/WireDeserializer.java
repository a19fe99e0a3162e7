package dev.byline.jackson3;

import dev.byline.wire.ReadOptions;
import dev.byline.wire.WireException;
import dev.byline.wire.WireFormat;
import dev.byline.wire.WireType;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads one model type through the shared reader. For the article, the document type, it also
 * words malformed JSON with its path, rejects what follows a root article and a null document.
 */
final class WireDeserializer<T> extends StdDeserializer<T> {

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
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
        ParserInput in = new ParserInput(p);
        try {
            return wire.readValue(in, options);
        } catch (WireException e) {
            throw Failures.reading(p, e);
        } catch (IOException e) {
            // Jackson 3 reports input errors unchecked; the shared reader only declares them
            throw JacksonIOException.construct(e);
        } catch (StreamReadException | StreamConstraintsException e) {
            if (!document) {
                throw e;
            }
            // malformed or over-limit JSON, found by the parser: name where in the document it broke
            throw new StreamReadException(p, WireFormat.malformed(in.path(), e.getOriginalMessage()), e.getLocation(), e);
        }
    }

    /**
     * A JSON {@code null} where an article document should be is an error; inside a host's own
     * object a null value stays the host's business.
     */
    @Override
    public @Nullable Object getNullValue(DeserializationContext ctxt) {
        JsonParser p = ctxt.getParser();
        if (document && p != null && p.streamReadContext().inRoot()) {
            throw MismatchedInputException.from(p, handledType(), WireFormat.NULL_DOCUMENT);
        }
        return null;
    }
}
