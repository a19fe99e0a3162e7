package dev.byline.wire;

import dev.byline.Image;
import dev.byline.InvalidArticleException;
import dev.byline.Limits;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads an {@link Image} of wire format v1 through {@code Image.builder()}. Not API. */
public final class ImageReader {

    private static final PropertyTable TABLE = PropertyTable.IMAGE_TABLE;

    private ImageReader() {}

    /** Reads the image whose object starts at the current token. */
    public static Image read(JsonIn in, ReadOptions options) throws IOException {
        Class<?> type = Image.class;
        Values.startObject(in, type);
        Image.Builder b = Image.builder();
        URI url = null;
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
                case URL:
                    url = Values.uri(in, type);
                    break;
                case ALT:
                    b.alt(Values.string(in, type));
                    break;
                case WIDTH:
                    b.width(Values.integer(in, type, 1, Limits.MAX_IMAGE_DIMENSION));
                    break;
                case HEIGHT:
                    b.height(Values.integer(in, type, 1, Limits.MAX_IMAGE_DIMENSION));
                    break;
                case CAPTION:
                    b.caption(Values.string(in, type));
                    break;
                case CREDIT:
                    b.credit(Values.string(in, type));
                    break;
                default:
                    throw new IllegalStateException("no reader for " + property);
            }
        }
        b.url(Values.required(in, type, url, Property.URL)).extensions(Values.extensions(in, type, extensions));
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Values.invalid(in, type, e);
        }
    }
}
