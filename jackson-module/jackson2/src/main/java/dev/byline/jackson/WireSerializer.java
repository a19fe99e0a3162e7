package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.byline.wire.WireException;
import dev.byline.wire.WireType;
import java.io.IOException;

/** Writes one model type through the shared writer. */
final class WireSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final WireType<T> wire;

    WireSerializer(WireType<T> wire) {
        super(wire.type());
        this.wire = wire;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        try {
            wire.write(value, new GeneratorOutput(gen));
        } catch (WireException e) {
            throw Failures.writing(gen, e);
        }
    }
}
