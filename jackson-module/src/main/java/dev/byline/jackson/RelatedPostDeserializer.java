package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.byline.InvalidArticleException;
import dev.byline.RelatedPost;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a {@link RelatedPost} of wire format v1 through {@code RelatedPost.builder()}. */
final class RelatedPostDeserializer extends StdDeserializer<RelatedPost> {

    private static final long serialVersionUID = 1L;
    static final List<Object> KNOWN = List.of("title", "url", "slug", "locale", "published", "image", "summary");

    private final Settings settings;

    RelatedPostDeserializer(Settings settings) {
        super(RelatedPost.class);
        this.settings = settings;
    }

    @Override
    public RelatedPost deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, settings);
    }

    static RelatedPost read(JsonParser p, Settings settings) throws IOException {
        Class<?> type = RelatedPost.class;
        Reading.startObject(p, type);
        RelatedPost.Builder b = RelatedPost.builder();
        String title = null;
        URI url = null;
        Map<String, @Nullable Object> extensions = null;
        int seen = 0;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "title":
                    seen = Reading.once(p, type, seen, 1);
                    title = Reading.string(p, type);
                    break;
                case "url":
                    seen = Reading.once(p, type, seen, 2);
                    url = Reading.uri(p, type);
                    break;
                case "slug":
                    seen = Reading.once(p, type, seen, 4);
                    b.slug(Reading.slug(p, type));
                    break;
                case "locale":
                    seen = Reading.once(p, type, seen, 8);
                    b.locale(Reading.locale(p, type));
                    break;
                case "published":
                    seen = Reading.once(p, type, seen, 16);
                    b.published(Reading.dateTime(p, type));
                    break;
                case "image":
                    seen = Reading.once(p, type, seen, 32);
                    b.image(ImageDeserializer.read(p, settings));
                    break;
                case "summary":
                    seen = Reading.once(p, type, seen, 64);
                    b.summary(Reading.string(p, type));
                    break;
                default:
                    extensions = Reading.unknown(p, type, settings, extensions, name, KNOWN);
            }
        }
        b.title(Reading.required(p, type, title, "title"))
                .url(Reading.required(p, type, url, "url"))
                .extensions(Reading.extensions(p, type, extensions));
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Reading.invalid(p, type, e);
        }
    }
}
