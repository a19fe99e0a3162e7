package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import dev.byline.wire.Utf8Validator;
import dev.byline.wire.WireFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The hardened mapper's factory: byte input must be UTF-8 (RFC 8259 requires it between
 * systems). Where the Jackson on the class path decodes invalid UTF-8 without complaint (the 2.21
 * line takes overlong forms such as {@code C0 80}; 2.23 refuses them), the bytes are checked
 * strictly before or while they are parsed, as the Jackson 3 module does. Jackson would otherwise guess UTF-16 or UTF-32 from the first bytes and fail on
 * a bad sequence with a {@code java.io.CharConversionException}, which is not a
 * {@code JsonProcessingException}. Text input (strings, readers) is unaffected. Not API.
 */
final class Utf8OnlyJsonFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    /** Whether this Jackson decodes overlong UTF-8 instead of refusing it; found out once. */
    static final boolean LENIENT_DECODER = lenientDecoder();

    private static boolean lenientDecoder() {
        byte[] overlong = {'"', (byte) 0xC1, (byte) 0x81, '"'};
        try (JsonParser p = new JsonFactory().createParser(overlong)) {
            p.nextToken();
            p.getText();
            return true;
        } catch (IOException refused) {
            return false;
        }
    }


    Utf8OnlyJsonFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    private Utf8OnlyJsonFactory(Utf8OnlyJsonFactory source, ObjectCodec codec) {
        super(source, codec);
    }

    @Override
    public JsonFactory copy() {
        return new Utf8OnlyJsonFactory(this, null);
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        if (WireFormat.notUtf8(data, offset, len)) {
            throw new JsonParseException(null, WireFormat.UTF8_ONLY);
        }
        if (LENIENT_DECODER) {
            long bad = Utf8Validator.check(data, offset, len);
            if (bad >= 0) {
                throw new JsonParseException(null, Utf8Validator.message(bad));
            }
        }
        return super._createParser(data, offset, len, ctxt);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        buffered.mark(4);
        byte[] head = new byte[4];
        int n = buffered.readNBytes(head, 0, 4);
        buffered.reset();
        if (WireFormat.notUtf8(head, 0, n)) {
            throw new JsonParseException(null, WireFormat.UTF8_ONLY);
        }
        return super._createParser(LENIENT_DECODER
                ? Utf8Validator.checking(buffered, message -> {
                    throw new JsonParseException(null, message);
                })
                : buffered, ctxt);
    }

}
