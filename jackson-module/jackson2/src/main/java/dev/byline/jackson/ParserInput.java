package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.byline.wire.JsonIn;
import dev.byline.wire.Paths;
import dev.byline.wire.Token;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/** The wire format's token reader over a Jackson 2 parser: translation only, no rules. */
final class ParserInput implements JsonIn, Paths.ContextView<JsonStreamContext> {

    private static final Token[] TOKENS = new Token[JsonToken.values().length];

    static {
        for (JsonToken t : JsonToken.values()) {
            TOKENS[t.ordinal()] = Token.ofJacksonName(t.name());
        }
    }

    private final JsonParser p;

    ParserInput(JsonParser p) {
        this.p = p;
    }

    private static Token token(@Nullable JsonToken t) {
        return t == null ? Token.NONE : TOKENS[t.ordinal()];
    }

    @Override
    public Token token() {
        return token(p.currentToken());
    }

    @Override
    public Token next() throws IOException {
        return token(p.nextToken());
    }

    @Override
    public @Nullable String nextName() throws IOException {
        return p.nextFieldName();
    }

    @Override
    public String tokenName() {
        JsonToken t = p.currentToken();
        return t == null ? "the end of the input" : t.name();
    }

    @Override
    public String text() throws IOException {
        return p.getText();
    }

    @Override
    public IntegerSize integerSize() throws IOException {
        JsonParser.NumberType t = p.getNumberType();
        return t == JsonParser.NumberType.INT ? IntegerSize.INT
                : t == JsonParser.NumberType.LONG ? IntegerSize.LONG : IntegerSize.BIG;
    }

    @Override
    public int intValue() throws IOException {
        return p.getIntValue();
    }

    @Override
    public long longValue() throws IOException {
        return p.getLongValue();
    }

    @Override
    public BigInteger bigIntegerValue() throws IOException {
        return p.getBigIntegerValue();
    }

    @Override
    public BigDecimal decimalValue() throws IOException {
        return p.getDecimalValue();
    }

    @Override
    public boolean isNaN() throws IOException {
        return p.isNaN();
    }

    @Override
    public boolean inRoot() {
        return p.getParsingContext().inRoot();
    }

    @Override
    public long tokenOffset() {
        return offset(p.currentTokenLocation());
    }

    @Override
    public long offset() {
        return offset(p.currentLocation());
    }

    private static long offset(JsonLocation location) {
        long bytes = location.getByteOffset();
        return bytes >= 0 ? bytes : location.getCharOffset();
    }

    @Override
    public String path() {
        return Paths.of(p.getParsingContext(), this);
    }

    @Override
    public @Nullable JsonStreamContext parent(JsonStreamContext context) {
        return context.getParent();
    }

    @Override
    public boolean inRoot(JsonStreamContext context) {
        return context.inRoot();
    }

    @Override
    public boolean inArray(JsonStreamContext context) {
        return context.inArray();
    }

    @Override
    public int index(JsonStreamContext context) {
        return context.hasCurrentIndex() ? context.getCurrentIndex() : -1;
    }

    @Override
    public @Nullable String name(JsonStreamContext context) {
        return context.getCurrentName();
    }
}
