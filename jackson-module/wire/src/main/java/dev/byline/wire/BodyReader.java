package dev.byline.wire;

import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.InvalidArticleException;
import dev.byline.Limits;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a {@link Body} of wire format v1 through {@code Body.builder()}. Not API. */
public final class BodyReader {

    private static final PropertyTable TABLE = PropertyTable.BODY_TABLE;

    private BodyReader() {}

    /** Reads the body whose object starts at the current token. */
    public static Body read(JsonIn in, ReadOptions options) throws IOException {
        Class<?> type = Body.class;
        Values.startObject(in, type);
        BodyFormat format = null;
        String content = null;
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
            if (property == Property.FORMAT) {
                format = Values.word(in, type, BodyFormat::fromWireName, "html, markdown, text");
            } else {
                content = Values.string(in, type, Limits.MAX_BODY_LENGTH);
            }
        }
        Body.Builder b = Body.builder()
                .format(Values.required(in, type, format, Property.FORMAT))
                .content(Values.required(in, type, content, Property.CONTENT))
                .extensions(Values.extensions(in, type, extensions));
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Values.invalid(in, type, e);
        }
    }
}
