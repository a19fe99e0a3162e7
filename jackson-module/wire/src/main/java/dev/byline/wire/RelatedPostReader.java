package dev.byline.wire;

import dev.byline.InvalidArticleException;
import dev.byline.RelatedPost;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a {@link RelatedPost} of wire format v1 through {@code RelatedPost.builder()}. Not API. */
public final class RelatedPostReader {

    private static final PropertyTable TABLE = PropertyTable.RELATED_POST;

    private RelatedPostReader() {}

    /** Reads the related post whose object starts at the current token. */
    public static RelatedPost read(JsonIn in, ReadOptions options) throws IOException {
        Class<?> type = RelatedPost.class;
        Values.startObject(in, type);
        RelatedPost.Builder b = RelatedPost.builder();
        String title = null;
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
                case TITLE:
                    title = Values.string(in, type);
                    break;
                case URL:
                    url = Values.uri(in, type);
                    break;
                case SLUG:
                    b.slug(Values.slug(in, type));
                    break;
                case LOCALE:
                    b.locale(Values.locale(in, type));
                    break;
                case PUBLISHED:
                    b.published(Values.dateTime(in, type));
                    break;
                case IMAGE:
                    b.image(ImageReader.read(in, options));
                    break;
                case SUMMARY:
                    b.summary(Values.string(in, type));
                    break;
                default:
                    throw new IllegalStateException("no reader for " + property);
            }
        }
        b.title(Values.required(in, type, title, Property.TITLE))
                .url(Values.required(in, type, url, Property.URL))
                .extensions(Values.extensions(in, type, extensions));
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Values.invalid(in, type, e);
        }
    }
}
