package dev.byline.jackson3;

import dev.byline.wire.JsonIn;
import dev.byline.wire.Paths;
import dev.byline.wire.Token;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/** The wire format's token reader over a Jackson 3 parser: translation only, no rules. */
final class ParserInput implements JsonIn, Paths.ContextView<TokenStreamContext> {

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
    public Token next() {
        return token(p.nextToken());
    }

    @Override
    public @Nullable String nextName() {
        return p.nextName();
    }

    @Override
    public String tokenName() {
        JsonToken t = p.currentToken();
        return t == null ? "the end of the input" : t.name();
    }

    @Override
    public String text() {
        return p.getString();
    }

    @Override
    public IntegerSize integerSize() {
        JsonParser.NumberType t = p.getNumberType();
        return t == JsonParser.NumberType.INT ? IntegerSize.INT
                : t == JsonParser.NumberType.LONG ? IntegerSize.LONG : IntegerSize.BIG;
    }

    @Override
    public int intValue() {
        return p.getIntValue();
    }

    @Override
    public long longValue() {
        return p.getLongValue();
    }

    @Override
    public BigInteger bigIntegerValue() {
        return p.getBigIntegerValue();
    }

    @Override
    public BigDecimal decimalValue() {
        return p.getDecimalValue();
    }

    @Override
    public boolean isNaN() {
        return p.isNaN();
    }

    @Override
    public boolean inRoot() {
        return p.streamReadContext().inRoot();
    }

    @Override
    public long tokenOffset() {
        return offset(p.currentTokenLocation());
    }

    @Override
    public long offset() {
        return offset(p.currentLocation());
    }

    private static long offset(TokenStreamLocation location) {
        long bytes = location.getByteOffset();
        return bytes >= 0 ? bytes : location.getCharOffset();
    }

    @Override
    public String path() {
        return Paths.of(p.streamReadContext(), this);
    }

    @Override
    public @Nullable TokenStreamContext parent(TokenStreamContext context) {
        return context.getParent();
    }

    @Override
    public boolean inRoot(TokenStreamContext context) {
        return context.inRoot();
    }

    @Override
    public boolean inArray(TokenStreamContext context) {
        return context.inArray();
    }

    @Override
    public int index(TokenStreamContext context) {
        return context.hasCurrentIndex() ? context.getCurrentIndex() : -1;
    }

    @Override
    public @Nullable String name(TokenStreamContext context) {
        return context.currentName();
    }
}
