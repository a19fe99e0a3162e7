package dev.byline.jackson3;

import dev.byline.wire.Utf8Validator;
import dev.byline.wire.WireFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;

/**
 * The hardened mapper's factory: byte input must be UTF-8 (RFC 8259 requires it between
 * systems), as in the Jackson 2 module. Where the Jackson 3 on the class path decodes invalid
 * UTF-8 without complaint (3.1.x takes overlong forms such as {@code C0 80} and lead bytes
 * {@code F5}–{@code F7}; Jackson 2 and Jackson 3.3 refuse them), the bytes are checked strictly
 * before or while they are parsed, so that both generations refuse the same input. Text input
 * (strings, readers) is unaffected. Not API.
 */
final class Utf8OnlyJsonFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    /** Whether this Jackson decodes overlong UTF-8 instead of refusing it; found out once. */
    static final boolean LENIENT_DECODER = lenientDecoder();

    private static boolean lenientDecoder() {
        byte[] overlong = {'"', (byte) 0xC1, (byte) 0x81, '"'};
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), overlong)) {
            p.nextToken();
            p.getString();
            return true;
        } catch (JacksonException refused) {
            return false;
        }
    }

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
        if (LENIENT_DECODER) {
            long bad = Utf8Validator.check(data, offset, len);
            if (bad >= 0) {
                throw new StreamReadException(null, Utf8Validator.message(bad));
            }
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
        return super._createParser(readCtxt, ctxt, LENIENT_DECODER
                ? Utf8Validator.checking(buffered, message -> {
                    throw new StreamReadException(null, message);
                })
                : buffered);
    }

}
