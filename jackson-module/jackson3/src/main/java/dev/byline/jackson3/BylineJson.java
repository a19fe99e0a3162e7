package dev.byline.jackson3;

import dev.byline.Article;
import dev.byline.Limits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

/**
 * byline's safe defaults for JSON with Jackson 3 in one line:
 * {@code BylineJson.reader().readValue(json)}.
 *
 * <p>The mapper behind these methods registers {@link BylineModule} and is hardened for input
 * from outside, with the same settings as the Jackson 2 module's {@code BylineJson}:
 * <table>
 *   <caption>Settings of the hardened mapper</caption>
 *   <tr><th>setting</th><th>value</th></tr>
 *   <tr><td>duplicate keys</td><td>rejected ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION})</td></tr>
 *   <tr><td>trailing tokens</td><td>rejected ({@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS})</td></tr>
 *   <tr><td>scalar coercion</td><td>off ({@code MapperFeature.ALLOW_COERCION_OF_SCALARS} disabled,
 *       coercions from empty strings fail)</td></tr>
 *   <tr><td>byte input</td><td>UTF-8 only (RFC 8259)</td></tr>
 *   <tr><td>characters beyond the BMP</td><td>written as UTF-8 bytes
 *       ({@code JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8})</td></tr>
 *   <tr><td>document length</td><td>{@link BylineModule#DEFAULT_MAX_DOCUMENT_LENGTH}, checked by the
 *       module as the article is read</td></tr>
 *   <tr><td>nesting depth</td><td>{@value #MAX_NESTING_DEPTH}</td></tr>
 *   <tr><td>string length</td><td>{@link Limits#MAX_BODY_LENGTH}</td></tr>
 *   <tr><td>number length</td><td>{@value #MAX_NUMBER_LENGTH} characters</td></tr>
 *   <tr><td>property name length</td><td>{@value #MAX_NAME_LENGTH} characters</td></tr>
 * </table>
 * The shared {@link #reader()} leaves duplicate keys to the module, which rejects them in every
 * object of an article document (and names the path); use {@link #mapper()} to read other types.
 * Every failure is an unchecked {@code JacksonException}.
 *
 * <p>Immutable and thread-safe; the mapper, reader and writer are shared.
 */
public final class BylineJson {

    /** The deepest nesting of arrays and objects the hardened mapper reads: {@value}. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest number, in characters, the hardened mapper reads: {@value}. */
    public static final int MAX_NUMBER_LENGTH = 1_000;
    /** The longest property name, in characters, the hardened mapper reads: {@value}. */
    public static final int MAX_NAME_LENGTH = 10_000;

    private static final JsonMapper MAPPER = mapper(true);
    private static final ObjectReader READER = mapper(false).readerFor(Article.class);
    private static final ObjectWriter WRITER = MAPPER.writerFor(Article.class);

    private BylineJson() {}

    /**
     * Returns the hardened mapper with {@link BylineModule} registered. Jackson 3 mappers are
     * immutable, so one instance is shared; derive another with {@code mapper().rebuild()}.
     *
     * @return the mapper; never null
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    private static JsonMapper mapper(boolean parserChecksDuplicates) {
        JsonFactory factory = new Utf8OnlyJsonFactory(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(Limits.MAX_BODY_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, parserChecksDuplicates)
                // characters beyond the BMP as UTF-8 (Jackson 3's default, set here so that it stays
                // the same bytes as the Jackson 2 module's hardened writer)
                .configure(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8, true));
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .addModule(new BylineModule())
                .build();
    }

    /**
     * Returns the shared hardened reader for {@link Article} documents. Duplicate keys, at any
     * level of the document, fail with a {@code MismatchedInputException} from the module
     * ({@code $.title: must not appear twice in one object (duplicate property)}) rather than
     * from the parser; the reader is meant for articles only, so read other types with
     * {@link #mapper()}.
     *
     * @return the reader; never null
     */
    public static ObjectReader reader() {
        return READER;
    }

    /**
     * Returns the shared writer of {@link Article} documents in wire format v1 (compact).
     *
     * @return the writer; never null
     */
    public static ObjectWriter writer() {
        return WRITER;
    }
}
