package dev.byline.wire;

import dev.byline.Author;
import dev.byline.InvalidArticleException;
import dev.byline.Limits;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads an {@link Author} of wire format v1 through {@code Author.builder()}. Not API. */
public final class AuthorReader {

    private static final PropertyTable TABLE = PropertyTable.AUTHOR;

    private AuthorReader() {}

    /** Reads an author read on its own: its lists count towards its own length. */
    public static Author read(JsonIn in, ReadOptions options) throws IOException {
        return read(in, options, in.tokenOffset());
    }

    /** Reads an author inside a document that started at {@code start}. */
    static Author read(JsonIn in, ReadOptions options, long start) throws IOException {
        Class<?> type = Author.class;
        Values.startObject(in, type);
        Author.Builder b = Author.builder();
        String id = null;
        String name = null;
        Map<String, @Nullable Object> extensions = null;
        long seen = 0;
        for (String field = in.nextName(); field != null; field = in.nextName()) {
            in.next();
            Property property = TABLE.find(field);
            if (property == null) {
                extensions = Values.unknown(in, type, options, extensions, field, TABLE);
                continue;
            }
            seen = Values.once(in, type, seen, property);
            switch (property) {
                case ID:
                    id = Values.string(in, type);
                    break;
                case NAME:
                    name = Values.string(in, type);
                    break;
                case BIO:
                    b.bio(Values.string(in, type));
                    break;
                case AFFILIATIONS:
                    Values.strings(in, type, options, start, Limits.MAX_NAME_LENGTH, b::addAffiliation);
                    break;
                case EXPERTISE:
                    Values.strings(in, type, options, start, Limits.MAX_NAME_LENGTH, b::addExpertise);
                    break;
                case LANGUAGES:
                    Values.list(in, type, options, start, q -> LanguageSkillReader.read(q, options), b::addLanguage);
                    break;
                case URL:
                    b.url(Values.uri(in, type));
                    break;
                case IMAGE:
                    b.image(ImageReader.read(in, options));
                    break;
                case SAME_AS:
                    Values.list(in, type, options, start, q -> Values.uri(q, type), b::addSameA);
                    break;
                default:
                    throw new IllegalStateException("no reader for " + property);
            }
        }
        b.id(Values.required(in, type, id, Property.ID))
                .name(Values.required(in, type, name, Property.NAME))
                .extensions(Values.extensions(in, type, extensions));
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Values.invalid(in, type, e);
        }
    }
}
