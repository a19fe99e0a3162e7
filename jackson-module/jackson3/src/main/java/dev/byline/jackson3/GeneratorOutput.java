package dev.byline.jackson3;

import dev.byline.wire.JsonOut;
import dev.byline.wire.Property;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/** The wire format's token writer over a Jackson 3 generator, with every property name encoded once. */
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
    public void startObject(Object value) {
        gen.writeStartObject(value);
    }

    @Override
    public void endObject() {
        gen.writeEndObject();
    }

    @Override
    public void startArray(Object value, int size) {
        gen.writeStartArray(value, size);
    }

    @Override
    public void endArray() {
        gen.writeEndArray();
    }

    @Override
    public void name(Property property) {
        gen.writeName(NAMES[property.ordinal()]);
    }

    @Override
    public void name(String name) {
        gen.writeName(name);
    }

    @Override
    public void string(String value) {
        gen.writeString(value);
    }

    @Override
    public void number(int value) {
        gen.writeNumber(value);
    }

    @Override
    public void numberText(String text) {
        gen.writeNumber(text);
    }

    @Override
    public void bool(boolean value) {
        gen.writeBoolean(value);
    }

    @Override
    public void nullValue() {
        gen.writeNull();
    }
}
