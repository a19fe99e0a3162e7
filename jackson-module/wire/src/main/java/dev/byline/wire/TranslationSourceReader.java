package dev.byline.wire;

import dev.byline.InvalidArticleException;
import dev.byline.TranslationMethod;
import dev.byline.TranslationSource;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a {@link TranslationSource} of wire format v1 through {@code TranslationSource.builder()}. Not API. */
public final class TranslationSourceReader {

    private static final PropertyTable TABLE = PropertyTable.TRANSLATION_SOURCE;

    private TranslationSourceReader() {}

    /** Reads the source whose object starts at the current token. */
    public static TranslationSource read(JsonIn in, ReadOptions options) throws IOException {
        Class<?> type = TranslationSource.class;
        Values.startObject(in, type);
        TranslationSource.Builder b = TranslationSource.builder();
        Locale locale = null;
        TranslationMethod method = null;
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
                case LOCALE:
                    locale = Values.locale(in, type);
                    break;
                case ID:
                    b.id(Values.string(in, type));
                    break;
                case URL:
                    b.url(Values.uri(in, type));
                    break;
                case SOURCE_MODIFIED:
                    b.sourceModified(Values.dateTime(in, type));
                    break;
                case METHOD:
                    method = Values.word(in, type, TranslationMethod::fromWireName, TranslationReader.METHODS);
                    break;
                case TRANSLATORS:
                    Values.list(in, type, options, -1, q -> TranslatorReader.read(q, options), b::addTranslator);
                    break;
                default:
                    throw new IllegalStateException("no reader for " + property);
            }
        }
        b.locale(Values.required(in, type, locale, Property.LOCALE))
                .method(Values.required(in, type, method, Property.METHOD))
                .extensions(Values.extensions(in, type, extensions));
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Values.invalid(in, type, e);
        }
    }
}
