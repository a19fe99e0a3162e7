package dev.byline.wire;

import dev.byline.InvalidArticleException;
import dev.byline.Slug;
import dev.byline.Translation;
import dev.byline.TranslationMethod;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a {@link Translation} of wire format v1 through {@code Translation.builder()}. Not API. */
public final class TranslationReader {

    private static final PropertyTable TABLE = PropertyTable.TRANSLATION;
    static final String METHODS = Values.wordsOf(TranslationMethod.values(), TranslationMethod::wireName);

    private TranslationReader() {}

    /** Reads the translation whose object starts at the current token. */
    public static Translation read(JsonIn in, ReadOptions options) throws IOException {
        Class<?> type = Translation.class;
        Values.startObject(in, type);
        Locale locale = null;
        URI url = null;
        String title = null;
        Slug slug = null;
        Translation.Builder b = Translation.builder();
        Map<String, @Nullable Object> extensions = null;
        long seen = 0;
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            in.next();
            Property property = TABLE.find(name);
            if (property == null) {
                extensions = Values.unknown(in, type, options, extensions, name, TABLE);
                continue;
            }
            seen = Values.once(in, type, seen, property);
            switch (property) {
                case LOCALE:
                    locale = Values.locale(in, type);
                    break;
                case URL:
                    url = Values.uri(in, type);
                    break;
                case TITLE:
                    title = Values.string(in, type);
                    break;
                case SLUG:
                    slug = Values.slug(in, type);
                    break;
                case PREVIOUS_SLUGS:
                    Values.list(in, type, options, -1, q -> Values.slug(q, type), b::addPreviousSlug);
                    break;
                case METHOD:
                    b.method(Values.word(in, type, TranslationMethod::fromWireName, METHODS));
                    break;
                case SOURCE_MODIFIED:
                    b.sourceModified(Values.dateTime(in, type));
                    break;
                default:
                    throw new IllegalStateException("no reader for " + property);
            }
        }
        b.locale(Values.required(in, type, locale, Property.LOCALE))
                .url(Values.required(in, type, url, Property.URL))
                .extensions(Values.extensions(in, type, extensions));
        try {
            if (title != null) {
                b.title(title);
            }
            if (slug != null) {
                b.slug(slug);
            }
            return b.build();
        } catch (InvalidArticleException e) {
            throw Values.invalid(in, type, e);
        }
    }
}
