package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.byline.Extensions;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every byline serializer shares: property names prepared once, RFC 3339 dates, and
 * extensions written back exactly as they were read (numbers from their decimal text, so
 * {@code 1.50} stays {@code 1.50}). Not API.
 */
final class Writing {

    private Writing() {}

    /** A property name encoded once for every generator. */
    static SerializableString name(String name) {
        return new SerializedString(name);
    }

    /** An RFC 3339 date-time with offset; seconds always written, fraction only when present. */
    static void dateTime(JsonGenerator gen, OffsetDateTime time) throws IOException {
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            throw JsonMappingException.from(gen, "cannot write " + time + ": RFC 3339 dates have four-digit years");
        }
        gen.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
    }

    static void uri(JsonGenerator gen, URI uri) throws IOException {
        gen.writeString(uri.toString());
    }

    static void strings(JsonGenerator gen, SerializableString name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        gen.writeFieldName(name);
        gen.writeStartArray(values, values.size());
        for (String v : values) {
            gen.writeString(v);
        }
        gen.writeEndArray();
    }

    static void uris(JsonGenerator gen, SerializableString name, List<URI> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        gen.writeFieldName(name);
        gen.writeStartArray(values, values.size());
        for (URI v : values) {
            gen.writeString(v.toString());
        }
        gen.writeEndArray();
    }

    /** Writes each extension as a property of the object being written, in order. */
    static void extensions(JsonGenerator gen, Extensions extensions) throws IOException {
        if (extensions.isEmpty()) {
            return;
        }
        for (Map.Entry<String, @Nullable Object> e : extensions.asMap().entrySet()) {
            gen.writeFieldName(e.getKey());
            value(gen, e.getValue());
        }
    }

    private static void value(JsonGenerator gen, @Nullable Object value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else if (value instanceof String) {
            gen.writeString((String) value);
        } else if (value instanceof Boolean) {
            gen.writeBoolean((Boolean) value);
        } else if (value instanceof BigInteger) {
            gen.writeNumber(value.toString());
        } else if (value instanceof BigDecimal) {
            // the number's own decimal text: exact, and independent of the host's BigDecimal
            // settings. A decimal of scale 0 (read from 1e0 or 5E+0) would print as an integer
            // and come back as a BigInteger: it keeps an exponent so that it stays a decimal.
            BigDecimal d = (BigDecimal) value;
            gen.writeNumber(d.scale() == 0 ? d.unscaledValue() + "E+0" : d.toString());
        } else if (value instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) value;
            gen.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                gen.writeFieldName((String) e.getKey());
                value(gen, e.getValue());
            }
            gen.writeEndObject();
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            gen.writeStartArray(list, list.size());
            for (Object element : list) {
                value(gen, element);
            }
            gen.writeEndArray();
        } else {
            // Extensions admits nothing else; a new kind of value must be added here first
            throw JsonMappingException.from(gen, "cannot write extension value of " + value.getClass());
        }
    }
}
