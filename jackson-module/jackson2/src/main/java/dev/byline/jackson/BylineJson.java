package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.byline.Article;
import dev.byline.Limits;

/**
 * byline's safe defaults for JSON in one line: {@code BylineJson.reader().readValue(json)}.
 *
 * <p>The mapper behind these methods registers {@link BylineModule} and is hardened for input
 * from outside:
 * <table>
 *   <caption>Settings of the hardened mapper</caption>
 *   <tr><th>setting</th><th>value</th></tr>
 *   <tr><td>duplicate keys</td><td>rejected ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION})</td></tr>
 *   <tr><td>trailing tokens</td><td>rejected ({@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS})</td></tr>
 *   <tr><td>scalar coercion</td><td>off ({@code MapperFeature.ALLOW_COERCION_OF_SCALARS} disabled,
 *       coercions from empty strings fail)</td></tr>
 *   <tr><td>characters beyond the BMP</td><td>written as UTF-8 bytes
 *       ({@code JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8}), as Jackson 3 does by default,
 *       so both generations write the same bytes</td></tr>
 *   <tr><td>document length</td><td>{@link BylineModule#DEFAULT_MAX_DOCUMENT_LENGTH}, checked by the
 *       module as the article is read (so the failure is a {@code MismatchedInputException} naming
 *       the path, for byte arrays and streams alike)</td></tr>
 *   <tr><td>nesting depth</td><td>{@value #MAX_NESTING_DEPTH}</td></tr>
 *   <tr><td>string length</td><td>{@link Limits#MAX_BODY_LENGTH}</td></tr>
 *   <tr><td>number length</td><td>{@value #MAX_NUMBER_LENGTH} characters</td></tr>
 *   <tr><td>property name length</td><td>{@value #MAX_NAME_LENGTH} characters</td></tr>
 * </table>
 * Comments, single quotes, unquoted names and non-numeric numbers stay off, as in Jackson's
 * defaults. The shared {@link #reader()} leaves duplicate keys to the module, which rejects
 * them in every object of an article document (and names the path); use {@link #mapper()}
 * to read other types.
 *
 * <p>Immutable and thread-safe; the reader and writer are shared.
 */
public final class BylineJson {

    /** The deepest nesting of arrays and objects the hardened mapper reads: {@value}. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest number, in characters, the hardened mapper reads: {@value}. */
    public static final int MAX_NUMBER_LENGTH = 1_000;
    /** The longest property name, in characters, the hardened mapper reads: {@value}. */
    public static final int MAX_NAME_LENGTH = 10_000;

    /**
     * Every object of an article document checks its own properties for repeats (known ones by
     * a bit per property, unknown ones by their map), the same way under any host mapper, so
     * the article reader skips the parser's second, hash-set based check.
     */
    private static final ObjectReader READER = mapper(false).readerFor(Article.class);
    private static final ObjectWriter WRITER = mapper().writerFor(Article.class);

    private BylineJson() {}

    /**
     * Returns a new hardened mapper with {@link BylineModule} registered. Each call returns a
     * new instance, as an {@code ObjectMapper} can be reconfigured; configure it before
     * sharing it between threads.
     *
     * @return a new mapper; never null
     */
    public static ObjectMapper mapper() {
        return mapper(true);
    }

    private static ObjectMapper mapper(boolean parserChecksDuplicates) {
        JsonFactory factory = new Utf8OnlyJsonFactory((com.fasterxml.jackson.core.JsonFactoryBuilder) JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(Limits.MAX_BODY_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, parserChecksDuplicates)
                // characters beyond the BMP as UTF-8, not as escaped surrogate pairs: the same bytes
                // as Jackson 3, whose default this is
                .configure(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8, true));
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new BylineModule())
                .build();
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    /**
     * Returns the shared hardened reader for {@link Article} documents. Duplicate keys, at any
     * level of the document, fail with a {@code MismatchedInputException} from the module
     * ({@code $.title: must not appear twice in one object (duplicate property)}) rather than
     * from the parser, which saves the parser's own check; the reader is meant for articles
     * only, so read other types with {@link #mapper()}.
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
