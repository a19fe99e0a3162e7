package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.byline.Body;
import java.io.IOException;

/** Writes a {@link Body} in wire format v1: {@code format}, {@code content}, then extensions. */
final class BodySerializer extends StdSerializer<Body> {

    private static final long serialVersionUID = 1L;
    private static final SerializableString FORMAT = Writing.name("format");
    private static final SerializableString CONTENT = Writing.name("content");

    BodySerializer() {
        super(Body.class);
    }

    @Override
    public void serialize(Body value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(Body body, JsonGenerator gen) throws IOException {
        gen.writeStartObject(body);
        gen.writeFieldName(FORMAT);
        gen.writeString(body.format().wireName());
        gen.writeFieldName(CONTENT);
        gen.writeString(body.content());
        Writing.extensions(gen, body.extensions());
        gen.writeEndObject();
    }
}
