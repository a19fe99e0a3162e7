package dev.byline.wire;

/** The kinds of JSON token the wire format's readers look at. Not API. */
public enum Token {
    START_OBJECT("an object"),
    END_OBJECT("the end of an object"),
    START_ARRAY("an array"),
    END_ARRAY("the end of an array"),
    PROPERTY_NAME("a property name"),
    STRING("a string"),
    INTEGER("an integer"),
    FRACTION("a fractional number"),
    TRUE("a boolean"),
    FALSE("a boolean"),
    NULL("null"),
    /** Anything else a parser may hand out, such as an embedded Java object. */
    OTHER("an embedded value"),
    /** No token: before the first one or after the last. */
    NONE("the end of the input");

    private final String described;

    Token(String described) {
        this.described = described;
    }

    /**
     * The kind of a Jackson token, by the name of its {@code JsonToken} constant, the same in
     * Jackson 2 and 3 but for the property name ({@code FIELD_NAME} in 2, {@code PROPERTY_NAME} in
     * 3); {@link #OTHER} for names not listed here, {@link #NONE} for {@code NOT_AVAILABLE}.
     */
    public static Token ofJacksonName(String name) {
        switch (name) {
            case "START_OBJECT": return START_OBJECT;
            case "END_OBJECT": return END_OBJECT;
            case "START_ARRAY": return START_ARRAY;
            case "END_ARRAY": return END_ARRAY;
            case "FIELD_NAME":
            case "PROPERTY_NAME": return PROPERTY_NAME;
            case "VALUE_STRING": return STRING;
            case "VALUE_NUMBER_INT": return INTEGER;
            case "VALUE_NUMBER_FLOAT": return FRACTION;
            case "VALUE_TRUE": return TRUE;
            case "VALUE_FALSE": return FALSE;
            case "VALUE_NULL": return NULL;
            case "NOT_AVAILABLE": return NONE;
            default: return OTHER;
        }
    }

    /** How error messages name a value of this kind: "an object", "a string", "null". */
    public String described() {
        return described;
    }
}
