package dev.byline.wire;

import dev.byline.Correction;
import dev.byline.InvalidArticleException;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads a {@link Correction} of wire format v1 through {@code Correction.builder()}. Not API. */
public final class CorrectionReader {

    private static final PropertyTable TABLE = PropertyTable.CORRECTION;

    private CorrectionReader() {}

    /** Reads the correction whose object starts at the current token. */
    public static Correction read(JsonIn in, ReadOptions options) throws IOException {
        Class<?> type = Correction.class;
        Values.startObject(in, type);
        OffsetDateTime date = null;
        String text = null;
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
                case DATE:
                    date = Values.dateTime(in, type);
                    break;
                case TEXT:
                    text = Values.string(in, type);
                    break;
                default:
                    throw new IllegalStateException("no reader for " + property);
            }
        }
        Correction.Builder b = Correction.builder()
                .date(Values.required(in, type, date, Property.DATE))
                .text(Values.required(in, type, text, Property.TEXT))
                .extensions(Values.extensions(in, type, extensions));
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Values.invalid(in, type, e);
        }
    }
}
