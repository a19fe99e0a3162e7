package dev.byline.jackson3;

import dev.byline.wire.WireException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Jackson 3's exception for each failure of the wire format, created at the parser's or
 * generator's position: {@code MismatchedInputException}, {@code InvalidFormatException} (with the
 * value and the cause), {@code UnrecognizedPropertyException} (with the known names) or
 * {@code DatabindException} when writing. All are unchecked, as everything in Jackson 3.
 */
final class Failures {

    private Failures() {}

    static DatabindException reading(JsonParser p, WireException e) {
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

    static DatabindException writing(JsonGenerator gen, WireException e) {
        return DatabindException.from(gen, e.getMessage());
    }
}
