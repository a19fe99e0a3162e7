package dev.byline.wire;

import java.io.IOException;

/**
 * The token writer the wire format's writers work over: the small part of a streaming JSON
 * generator they need. Each Jackson adapter implements it over its own {@code JsonGenerator},
 * with every {@link Property} name encoded once. Not API.
 */
public interface JsonOut {

    /** Starts an object that represents {@code value} (the generator may track it). */
    void startObject(Object value) throws IOException;

    /** Ends the current object. */
    void endObject() throws IOException;

    /** Starts an array of {@code size} elements that represents {@code value}. */
    void startArray(Object value, int size) throws IOException;

    /** Ends the current array. */
    void endArray() throws IOException;

    /** Writes a property name of the wire format, pre-encoded by the adapter. */
    void name(Property property) throws IOException;

    /** Writes any other property name (extensions, JSON-LD terms). */
    void name(String name) throws IOException;

    /** Writes a string. */
    void string(String value) throws IOException;

    /** Writes an integer. */
    void number(int value) throws IOException;

    /** Writes a number from its JSON text, exactly as given. */
    void numberText(String text) throws IOException;

    /** Writes a boolean. */
    void bool(boolean value) throws IOException;

    /** Writes {@code null}. */
    void nullValue() throws IOException;
}
