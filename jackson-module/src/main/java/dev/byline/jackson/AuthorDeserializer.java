package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.byline.Author;
import dev.byline.InvalidArticleException;
import dev.byline.Limits;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads an {@link Author} of wire format v1 through {@code Author.builder()}. */
final class AuthorDeserializer extends StdDeserializer<Author> {

    private static final long serialVersionUID = 1L;
    static final List<Object> KNOWN =
            List.of("id", "name", "bio", "affiliations", "expertise", "languages", "url", "image", "sameAs");

    private final Settings settings;

    AuthorDeserializer(Settings settings) {
        super(Author.class);
        this.settings = settings;
    }

    @Override
    public Author deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, settings, Reading.tokenOffset(p));
    }

    static Author read(JsonParser p, Settings settings, long start) throws IOException {
        Class<?> type = Author.class;
        Reading.startObject(p, type);
        Author.Builder b = Author.builder();
        String id = null;
        String name = null;
        Map<String, @Nullable Object> extensions = null;
        int seen = 0;
        for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
            p.nextToken();
            switch (field) {
                case "id":
                    seen = Reading.once(p, type, seen, 1);
                    id = Reading.string(p, type);
                    break;
                case "name":
                    seen = Reading.once(p, type, seen, 2);
                    name = Reading.string(p, type);
                    break;
                case "bio":
                    seen = Reading.once(p, type, seen, 4);
                    b.bio(Reading.string(p, type));
                    break;
                case "affiliations":
                    seen = Reading.once(p, type, seen, 8);
                    Reading.strings(p, type, settings, start, Limits.MAX_NAME_LENGTH, b::addAffiliation);
                    break;
                case "expertise":
                    seen = Reading.once(p, type, seen, 16);
                    Reading.strings(p, type, settings, start, Limits.MAX_NAME_LENGTH, b::addExpertise);
                    break;
                case "languages":
                    seen = Reading.once(p, type, seen, 32);
                    Reading.list(p, type, settings, start, q -> LanguageSkillDeserializer.read(q, settings), b::addLanguage);
                    break;
                case "url":
                    seen = Reading.once(p, type, seen, 64);
                    b.url(Reading.uri(p, type));
                    break;
                case "image":
                    seen = Reading.once(p, type, seen, 128);
                    b.image(ImageDeserializer.read(p, settings));
                    break;
                case "sameAs":
                    seen = Reading.once(p, type, seen, 256);
                    Reading.list(p, type, settings, start, q -> Reading.uri(q, type), b::addSameA);
                    break;
                default:
                    extensions = Reading.unknown(p, type, settings, extensions, field, KNOWN);
            }
        }
        b.id(Reading.required(p, type, id, "id"))
                .name(Reading.required(p, type, name, "name"))
                .extensions(Reading.extensions(p, type, extensions));
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Reading.invalid(p, type, e);
        }
    }
}
