package dev.byline;

/**
 * The size limits byline's model enforces. Lengths count Unicode code points
 * ({@link String#codePointCount}, the unit JSON Schema's {@code maxLength} counts, so that the
 * wire format's schema states the same limits), after NFC normalization; counts are list sizes. A value over its
 * limit is rejected with {@link InvalidArticleException}.
 *
 * <p>The limits are generous for real articles and exist so that a careless or hostile input
 * cannot make every service that embeds byline do unbounded work.
 */
public final class Limits {

    private Limits() {}

    /** Longest {@code id} of an article or author: {@value}. */
    public static final int MAX_ID_LENGTH = 200;
    /** Longest title or subtitle (article, translation, related post): {@value}. */
    public static final int MAX_TITLE_LENGTH = 500;
    /** Longest slug: {@value}. */
    public static final int MAX_SLUG_LENGTH = 200;
    /** Longest summary: {@value}. */
    public static final int MAX_SUMMARY_LENGTH = 10_000;
    /** Longest body content: {@value} (ten million code points). */
    public static final int MAX_BODY_LENGTH = 10_000_000;
    /** Longest author name, affiliation or area of expertise: {@value}. */
    public static final int MAX_NAME_LENGTH = 300;
    /** Longest author biography: {@value}. */
    public static final int MAX_BIO_LENGTH = 20_000;
    /** Longest tag or category: {@value}. */
    public static final int MAX_TERM_LENGTH = 200;
    /** Longest image alt text, caption or credit: {@value}. */
    public static final int MAX_CAPTION_LENGTH = 5_000;
    /** Longest correction note: {@value}. */
    public static final int MAX_CORRECTION_LENGTH = 5_000;
    /** Longest URL, in characters of its string form: {@value}. */
    public static final int MAX_URL_LENGTH = 2_048;
    /** Largest image width or height in pixels: {@value}. */
    public static final int MAX_IMAGE_DIMENSION = 100_000;
    /**
     * Most entries in any one list of the model (tags, categories, authors, translations,
     * related posts, affiliations, expertise, languages, sameAs links): {@value}.
     */
    public static final int MAX_LIST_SIZE = 1_000;
    /** Deepest nesting of lists and maps inside an {@code extensions} value: {@value}. */
    public static final int MAX_EXTENSION_DEPTH = 32;
    /** Most values (map entries, list elements and scalars) in one {@code extensions} map: {@value}. */
    public static final int MAX_EXTENSION_VALUES = 100_000;
    /** Longest string (key or value) inside extensions: {@value}. */
    public static final int MAX_EXTENSION_STRING_LENGTH = 1_000_000;
}
