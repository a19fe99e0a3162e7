package dev.byline.wire;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A broken rule of the wire format, found by the shared readers or writers. It carries
 * everything an adapter needs to throw its own Jackson exception at the same place in the input:
 * the kind of failure, the whole message (JSON path, rule and shown value), the value, the type
 * being read and, for unknown properties, the property and the known names. Adapters catch it at
 * the boundary of each (de)serializer and never let it escape. Not API.
 */
public final class WireException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, which decides the Jackson exception type. */
    public enum Kind {
        /** A value of the wrong kind, a missing or repeated property: a mismatched-input exception. */
        MISMATCH,
        /** A value that breaks a rule: an invalid-format exception carrying the value. */
        INVALID,
        /** A property the strict reader does not know: an unrecognized-property exception. */
        UNKNOWN_PROPERTY,
        /** A value the writer cannot write: a databind (mapping) exception from the generator. */
        WRITE
    }

    private final Kind kind;
    private final Class<?> type;
    private final @Nullable String value;
    private final @Nullable String property;
    private final List<Object> known;

    private WireException(Kind kind, Class<?> type, String message, @Nullable String value,
            @Nullable String property, Collection<Object> known, @Nullable Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.type = type;
        this.value = value;
        this.property = property;
        this.known = List.copyOf(known);
    }

    static WireException mismatch(Class<?> type, String message) {
        return new WireException(Kind.MISMATCH, type, message, null, null, List.of(), null);
    }

    static WireException invalid(Class<?> type, String message, @Nullable String value, @Nullable Throwable cause) {
        return new WireException(Kind.INVALID, type, message, value, null, List.of(), cause);
    }

    static WireException unknown(Class<?> type, String message, String property, Collection<Object> known) {
        return new WireException(Kind.UNKNOWN_PROPERTY, type, message, null, property, known, null);
    }

    static WireException write(Class<?> type, String message) {
        return new WireException(Kind.WRITE, type, message, null, null, List.of(), null);
    }

    /** The kind of failure. */
    public Kind kind() {
        return kind;
    }

    /** The model type being read or written. */
    public Class<?> type() {
        return type;
    }

    /** The bad value as the message shows it, for {@link Kind#INVALID}; otherwise null. */
    public @Nullable String value() {
        return value;
    }

    /** The unknown property's name, for {@link Kind#UNKNOWN_PROPERTY}; otherwise null. */
    public @Nullable String property() {
        return property;
    }

    /** The names the type knows, for {@link Kind#UNKNOWN_PROPERTY}; otherwise empty. */
    public List<Object> known() {
        return known;
    }
}
