package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.byline.InvalidArticleException;
import dev.byline.Slug;
import dev.byline.Translation;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a {@link Translation} of wire format v1 through {@code Translation.builder()}. */
final class TranslationDeserializer extends StdDeserializer<Translation> {

    private static final long serialVersionUID = 1L;
    static final List<Object> KNOWN = List.of("locale", "url", "title", "slug");

    private final Settings settings;

    TranslationDeserializer(Settings settings) {
        super(Translation.class);
        this.settings = settings;
    }

    @Override
    public Translation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, settings);
    }

    static Translation read(JsonParser p, Settings settings) throws IOException {
        Class<?> type = Translation.class;
        Reading.startObject(p, type);
        Locale locale = null;
        URI url = null;
        String title = null;
        Slug slug = null;
        Map<String, @Nullable Object> extensions = null;
        int seen = 0;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "locale":
                    seen = Reading.once(p, type, seen, 1);
                    locale = Reading.locale(p, type);
                    break;
                case "url":
                    seen = Reading.once(p, type, seen, 2);
                    url = Reading.uri(p, type);
                    break;
                case "title":
                    seen = Reading.once(p, type, seen, 4);
                    title = Reading.string(p, type);
                    break;
                case "slug":
                    seen = Reading.once(p, type, seen, 8);
                    slug = Reading.slug(p, type);
                    break;
                default:
                    extensions = Reading.unknown(p, type, settings, extensions, name, KNOWN);
            }
        }
        Translation.Builder b = Translation.builder()
                .locale(Reading.required(p, type, locale, "locale"))
                .url(Reading.required(p, type, url, "url"))
                .extensions(Reading.extensions(p, type, extensions));
        try {
            if (title != null) {
                b.title(title);
            }
            if (slug != null) {
                b.slug(slug);
            }
            return b.build();
        } catch (InvalidArticleException e) {
            throw Reading.invalid(p, type, e);
        }
    }
}
