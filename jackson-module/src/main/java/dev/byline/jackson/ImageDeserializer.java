package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.byline.Image;
import dev.byline.InvalidArticleException;
import dev.byline.Limits;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads an {@link Image} of wire format v1 through {@code Image.builder()}. */
final class ImageDeserializer extends StdDeserializer<Image> {

    private static final long serialVersionUID = 1L;
    static final List<Object> KNOWN = List.of("url", "alt", "width", "height", "caption", "credit");

    private final Settings settings;

    ImageDeserializer(Settings settings) {
        super(Image.class);
        this.settings = settings;
    }

    @Override
    public Image deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, settings);
    }

    static Image read(JsonParser p, Settings settings) throws IOException {
        Class<?> type = Image.class;
        Reading.startObject(p, type);
        Image.Builder b = Image.builder();
        URI url = null;
        Map<String, @Nullable Object> extensions = null;
        int seen = 0;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "url":
                    seen = Reading.once(p, type, seen, 1);
                    url = Reading.uri(p, type);
                    break;
                case "alt":
                    seen = Reading.once(p, type, seen, 2);
                    b.alt(Reading.string(p, type));
                    break;
                case "width":
                    seen = Reading.once(p, type, seen, 4);
                    b.width(Reading.integer(p, type, 1, Limits.MAX_IMAGE_DIMENSION));
                    break;
                case "height":
                    seen = Reading.once(p, type, seen, 8);
                    b.height(Reading.integer(p, type, 1, Limits.MAX_IMAGE_DIMENSION));
                    break;
                case "caption":
                    seen = Reading.once(p, type, seen, 16);
                    b.caption(Reading.string(p, type));
                    break;
                case "credit":
                    seen = Reading.once(p, type, seen, 32);
                    b.credit(Reading.string(p, type));
                    break;
                default:
                    extensions = Reading.unknown(p, type, settings, extensions, name, KNOWN);
            }
        }
        b.url(Reading.required(p, type, url, "url")).extensions(Reading.extensions(p, type, extensions));
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Reading.invalid(p, type, e);
        }
    }
}
