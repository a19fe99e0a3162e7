package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.byline.wire.WireException;

/**
 * Jackson 2's exception for each failure of the wire format, created at the parser's or
 * generator's position: {@code MismatchedInputException}, {@code InvalidFormatException} (with the
 * value and the cause), {@code UnrecognizedPropertyException} (with the known names) or
 * {@code JsonMappingException} when writing.
 */
final class Failures {

    private Failures() {}

    static JsonMappingException reading(JsonParser p, WireException e) {
        switch (e.kind()) {
            case INVALID:
                InvalidFormatException invalid = InvalidFormatException.from(p, e.getMessage(), e.value(), e.type());
                if (e.getCause() != null) {
                    invalid.initCause(e.getCause());
                }
                return invalid;
            case UNKNOWN_PROPERTY:
                return new UnrecognizedPropertyException(p, e.getMessage(), p.currentTokenLocation(), e.type(),
                        e.property(), e.known());
            default:
                return MismatchedInputException.from(p, e.type(), e.getMessage());
        }
    }

    static JsonMappingException writing(JsonGenerator gen, WireException e) {
        return JsonMappingException.from(gen, e.getMessage());
    }
}
