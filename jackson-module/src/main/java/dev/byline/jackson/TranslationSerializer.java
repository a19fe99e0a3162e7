package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.byline.Translation;
import java.io.IOException;

/** Writes a {@link Translation} in wire format v1. */
final class TranslationSerializer extends StdSerializer<Translation> {

    private static final long serialVersionUID = 1L;
    private static final SerializableString LOCALE = Writing.name("locale");
    private static final SerializableString URL = Writing.name("url");
    private static final SerializableString TITLE = Writing.name("title");
    private static final SerializableString SLUG = Writing.name("slug");

    TranslationSerializer() {
        super(Translation.class);
    }

    @Override
    public void serialize(Translation value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(Translation translation, JsonGenerator gen) throws IOException {
        gen.writeStartObject(translation);
        gen.writeFieldName(LOCALE);
        gen.writeString(translation.locale().toLanguageTag());
        gen.writeFieldName(URL);
        Writing.uri(gen, translation.url());
        if (translation.title().isPresent()) {
            gen.writeFieldName(TITLE);
            gen.writeString(translation.title().get());
        }
        if (translation.slug().isPresent()) {
            gen.writeFieldName(SLUG);
            gen.writeString(translation.slug().get().value());
        }
        Writing.extensions(gen, translation.extensions());
        gen.writeEndObject();
    }
}
