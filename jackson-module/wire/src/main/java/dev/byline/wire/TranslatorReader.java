package dev.byline.wire;

import dev.byline.InvalidArticleException;
import dev.byline.Translator;
import dev.byline.TranslatorType;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a {@link Translator} of wire format v1 through {@code Translator.builder()}. Not API. */
public final class TranslatorReader {

    private static final PropertyTable TABLE = PropertyTable.TRANSLATOR;
    private static final String TYPES = Values.wordsOf(TranslatorType.values(), TranslatorType::wireName);

    private TranslatorReader() {}

    /** Reads the translator whose object starts at the current token. */
    public static Translator read(JsonIn in, ReadOptions options) throws IOException {
        Class<?> type = Translator.class;
        Values.startObject(in, type);
        Translator.Builder b = Translator.builder();
        String name = null;
        // a translator without a type is a person, as the schema says
        TranslatorType kind = TranslatorType.PERSON;
        Map<String, @Nullable Object> extensions = null;
        long seen = 0;
        for (String key = in.nextName(); key != null; key = in.nextName()) {
            in.next();
            Property property = TABLE.find(key);
            if (property == null) {
                extensions = Values.unknown(in, type, options, extensions, key, TABLE);
                continue;
            }
            seen = Values.once(in, type, seen, property);
            switch (property) {
                case NAME:
                    name = Values.string(in, type);
                    break;
                case TYPE:
                    kind = Values.word(in, type, TranslatorType::fromWireName, TYPES);
                    break;
                case AUTHOR_ID:
                    b.authorId(Values.string(in, type));
                    break;
                default:
                    throw new IllegalStateException("no reader for " + property);
            }
        }
        b.name(Values.required(in, type, name, Property.NAME)).type(kind).extensions(Values.extensions(in, type, extensions));
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Values.invalid(in, type, e);
        }
    }
}
