package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.byline.Author;
import dev.byline.LanguageSkill;
import java.io.IOException;

/** Writes an {@link Author} in wire format v1; empty lists are left out. */
final class AuthorSerializer extends StdSerializer<Author> {

    private static final long serialVersionUID = 1L;
    private static final SerializableString ID = Writing.name("id");
    private static final SerializableString NAME = Writing.name("name");
    private static final SerializableString BIO = Writing.name("bio");
    private static final SerializableString AFFILIATIONS = Writing.name("affiliations");
    private static final SerializableString EXPERTISE = Writing.name("expertise");
    private static final SerializableString LANGUAGES = Writing.name("languages");
    private static final SerializableString URL = Writing.name("url");
    private static final SerializableString IMAGE = Writing.name("image");
    private static final SerializableString SAME_AS = Writing.name("sameAs");

    AuthorSerializer() {
        super(Author.class);
    }

    @Override
    public void serialize(Author value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(Author author, JsonGenerator gen) throws IOException {
        gen.writeStartObject(author);
        gen.writeFieldName(ID);
        gen.writeString(author.id());
        gen.writeFieldName(NAME);
        gen.writeString(author.name());
        if (author.bio().isPresent()) {
            gen.writeFieldName(BIO);
            gen.writeString(author.bio().get());
        }
        Writing.strings(gen, AFFILIATIONS, author.affiliations());
        Writing.strings(gen, EXPERTISE, author.expertise());
        if (!author.languages().isEmpty()) {
            gen.writeFieldName(LANGUAGES);
            gen.writeStartArray(author.languages(), author.languages().size());
            for (LanguageSkill skill : author.languages()) {
                LanguageSkillSerializer.write(skill, gen);
            }
            gen.writeEndArray();
        }
        if (author.url().isPresent()) {
            gen.writeFieldName(URL);
            Writing.uri(gen, author.url().get());
        }
        if (author.image().isPresent()) {
            gen.writeFieldName(IMAGE);
            ImageSerializer.write(author.image().get(), gen);
        }
        Writing.uris(gen, SAME_AS, author.sameAs());
        Writing.extensions(gen, author.extensions());
        gen.writeEndObject();
    }
}
