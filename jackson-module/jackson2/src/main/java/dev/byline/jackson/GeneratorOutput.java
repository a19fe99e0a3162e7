package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.byline.wire.JsonOut;
import dev.byline.wire.Property;
import java.io.IOException;

/** The wire format's token writer over a Jackson 2 generator, with every property name encoded once. */
final class GeneratorOutput implements JsonOut {

    private static final SerializableString[] NAMES = new SerializableString[Property.values().length];

    static {
        for (Property property : Property.values()) {
            NAMES[property.ordinal()] = new SerializedString(property.jsonName());
        }
    }

    private final JsonGenerator gen;

    GeneratorOutput(JsonGenerator gen) {
        this.gen = gen;
    }

    @Override
    public void startObject(Object value) throws IOException {
        gen.writeStartObject(value);
    }

    @Override
    public void endObject() throws IOException {
        gen.writeEndObject();
    }

    @Override
    public void startArray(Object value, int size) throws IOException {
        gen.writeStartArray(value, size);
    }

    @Override
    public void endArray() throws IOException {
        gen.writeEndArray();
    }

    @Override
    public void name(Property property) throws IOException {
        gen.writeFieldName(NAMES[property.ordinal()]);
    }

    @Override
    public void name(String name) throws IOException {
        gen.writeFieldName(name);
    }

    @Override
    public void string(String value) throws IOException {
        gen.writeString(value);
    }

    @Override
    public void number(int value) throws IOException {
        gen.writeNumber(value);
    }

    @Override
    public void numberText(String text) throws IOException {
        gen.writeNumber(text);
    }

    @Override
    public void bool(boolean value) throws IOException {
        gen.writeBoolean(value);
    }

    @Override
    public void nullValue() throws IOException {
        gen.writeNull();
    }
}
