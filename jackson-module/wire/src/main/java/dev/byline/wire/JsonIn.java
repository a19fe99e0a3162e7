package dev.byline.wire;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The token reader the wire format's readers work over: the small part of a streaming JSON
 * parser they need. Each Jackson adapter implements it over its own {@code JsonParser}; the
 * implementations do no checking of their own, they only translate. The methods declare
 * {@link IOException} because Jackson 2's parser does; Jackson 3's throws unchecked exceptions
 * instead. Not API.
 */
public interface JsonIn {

    /** How large the current integer is. */
    enum IntegerSize { INT, LONG, BIG }

    /** The current token; {@link Token#NONE} when there is none. */
    Token token();

    /** Moves to the next token and returns it ({@link Token#NONE} at the end of the input). */
    Token next() throws IOException;

    /**
     * Moves to the next property name of the current object and returns it, or returns null when
     * the object ends (the reader is then at {@link Token#END_OBJECT}).
     */
    @Nullable String nextName() throws IOException;

    /** The name of the current token as the parser's own token type spells it, for messages. */
    String tokenName();

    /** The text of the current string, or the literal text of the current scalar token. */
    String text() throws IOException;

    /** The size of the current integer. */
    IntegerSize integerSize() throws IOException;

    /** The current integer, when {@link #integerSize()} is {@link IntegerSize#INT}. */
    int intValue() throws IOException;

    /** The current integer, when it fits in a long. */
    long longValue() throws IOException;

    /** The current integer, whatever its size. */
    BigInteger bigIntegerValue() throws IOException;

    /**
     * The current fractional number, exactly.
     *
     * @throws NumberFormatException if its exponent is beyond what a {@code BigDecimal} holds
     */
    BigDecimal decimalValue() throws IOException;

    /** Tells whether the current fractional number is NaN or infinite (when the host allows them). */
    boolean isNaN() throws IOException;

    /** Tells whether the current value is the root value of the input. */
    boolean inRoot();

    /** The offset of the current token's first byte (or char) in the input; -1 if unknown. */
    long tokenOffset();

    /** The offset of the reading position in the input; -1 if unknown. */
    long offset();

    /** The JSON path of the current value, such as {@code $.translations[1].locale}. */
    String path();
}
