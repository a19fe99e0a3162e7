package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.InvalidArticleException;
import dev.byline.Limits;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a {@link Body} of wire format v1 through {@code Body.builder()}. */
final class BodyDeserializer extends StdDeserializer<Body> {

    private static final long serialVersionUID = 1L;
    static final List<Object> KNOWN = List.of("format", "content");

    private final Settings settings;

    BodyDeserializer(Settings settings) {
        super(Body.class);
        this.settings = settings;
    }

    @Override
    public Body deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, settings);
    }

    static Body read(JsonParser p, Settings settings) throws IOException {
        Class<?> type = Body.class;
        Reading.startObject(p, type);
        BodyFormat format = null;
        String content = null;
        Map<String, @Nullable Object> extensions = null;
        int seen = 0;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "format":
                    seen = Reading.once(p, type, seen, 1);
                    format = Reading.word(p, type, BodyFormat::fromWireName, "html, markdown, text");
                    break;
                case "content":
                    seen = Reading.once(p, type, seen, 2);
                    content = Reading.string(p, type, Limits.MAX_BODY_LENGTH);
                    break;
                default:
                    extensions = Reading.unknown(p, type, settings, extensions, name, KNOWN);
            }
        }
        Body.Builder b = Body.builder()
                .format(Reading.required(p, type, format, "format"))
                .content(Reading.required(p, type, content, "content"))
                .extensions(Reading.extensions(p, type, extensions));
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Reading.invalid(p, type, e);
        }
    }
}
