package dev.byline.jackson3;

import dev.byline.wire.WireException;
import dev.byline.wire.WireType;
import java.io.IOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes one model type through the shared writer. */
final class WireSerializer<T> extends StdSerializer<T> {

    private final WireType<T> wire;

    WireSerializer(WireType<T> wire) {
        super(wire.type());
        this.wire = wire;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
        try {
            wire.write(value, new GeneratorOutput(gen));
        } catch (WireException e) {
            throw Failures.writing(gen, e);
        } catch (IOException e) {
            // Jackson 3 reports output errors unchecked; the shared writer only declares them
            throw JacksonIOException.construct(e);
        }
    }
}
