package dev.byline.jackson3;

import dev.byline.wire.WireFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;

/**
 * The hardened mapper's factory: byte input must be UTF-8 (RFC 8259 requires it between
 * systems), as in the Jackson 2 module. Text input (strings, readers) is unaffected. Not API.
 */
final class Utf8OnlyJsonFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    Utf8OnlyJsonFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    private Utf8OnlyJsonFactory(Utf8OnlyJsonFactory source) {
        super(source);
    }

    @Override
    public JsonFactory copy() {
        return new Utf8OnlyJsonFactory(this);
    }

    @Override
    protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, byte[] data, int offset, int len) {
        if (WireFormat.notUtf8(data, offset, len)) {
            throw new StreamReadException(null, WireFormat.UTF8_ONLY);
        }
        return super._createParser(readCtxt, ctxt, data, offset, len);
    }

    @Override
    protected JsonParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        buffered.mark(4);
        byte[] head = new byte[4];
        int n;
        try {
            n = buffered.readNBytes(head, 0, 4);
            buffered.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (WireFormat.notUtf8(head, 0, n)) {
            throw new StreamReadException(null, WireFormat.UTF8_ONLY);
        }
        return super._createParser(readCtxt, ctxt, buffered);
    }
}
