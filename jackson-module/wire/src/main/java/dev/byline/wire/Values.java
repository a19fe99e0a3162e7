package dev.byline.wire;

import dev.byline.Extensions;
import dev.byline.InvalidArticleException;
import dev.byline.Limits;
import dev.byline.Slug;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The value-level rules every reader of the wire format shares. Each method reads the value at
 * the current token and fails with a {@link WireException} of kind {@code MISMATCH} (wrong token,
 * missing or repeated property) or {@code INVALID} (a value breaking a rule), whose message starts
 * with the JSON path of the value and states the rule; the adapters turn it into their Jackson's
 * exception types. None of them asks the host mapper anything: byline's rules hold whatever the
 * host allows. Not API.
 */
public final class Values {

    /** RFC 3339 date-time; the offset is required. {@code T} and {@code Z} may be lowercase. */
    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern CREDENTIALS = Pattern.compile("//[^/?#]*@");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?)?");
    /**
     * A well-formed BCP 47 language tag (RFC 5646 section 2.1) whose language is an ISO 639 code
     * of two or three letters, with up to three extended language subtags, in any case. The
     * JSON Schema's {@code languageTag} pattern is this expression (a test compares them); it ends
     * with {@code (?![\s\S])}, not {@code $}, which Java and Python also match before a final line break.
     */
    public static final String LANGUAGE_TAG = "^[a-zA-Z]{2,3}(-[a-zA-Z]{3}){0,3}(-[a-zA-Z]{4})?"
            + "(-([a-zA-Z]{2}|[0-9]{3}))?(-([0-9a-zA-Z]{5,8}|[0-9][0-9a-zA-Z]{3}))*"
            + "(-[0-9a-wyzA-WYZ](-[0-9a-zA-Z]{2,8})+)*(-[xX](-[0-9a-zA-Z]{1,8})+)?(?![\\s\\S])";
    private static final Pattern LANGUAGE_TAG_PATTERN = Pattern.compile(LANGUAGE_TAG);
    private static final String DUPLICATE = "must not appear twice in one object (duplicate property)";

    /** Tags already parsed and accepted; bounded so that hostile input cannot grow it. */
    private static final ConcurrentHashMap<String, Locale> LOCALES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_LOCALES = 2_000;

    private Values() {}

    // ---- errors -------------------------------------------------------------------------

    /** A value of the wrong kind, a missing or repeated property: {@code <path>: <rule>}. */
    public static WireException mismatch(JsonIn in, Class<?> type, String rule) {
        return WireException.mismatch(type, in.path() + ": " + rule);
    }

    /** A value that breaks a rule: {@code <path>: <rule> (was "<value>")}. */
    static WireException invalid(JsonIn in, Class<?> type, String rule, String value, @Nullable Throwable cause) {
        String shown = Shown.value(value);
        return WireException.invalid(type, in.path() + ": " + rule + " (was \"" + shown + "\")", shown, cause);
    }

    /**
     * A rule of the model broken by an object just read (the reader is at its end): the path of
     * the object joined with the attribute path core reports, the rule and the value.
     */
    static WireException invalid(JsonIn in, Class<?> type, InvalidArticleException cause) {
        String relative = cause.path();
        if (relative.equals("extensions")) {
            relative = "";
        } else if (relative.startsWith("extensions.")) {
            relative = relative.substring("extensions.".length());
        }
        String path = Paths.join(in.path(), relative);
        String value = cause.value().orElse(null);
        return WireException.invalid(type, path + ": " + cause.rule() + (value == null ? "" : " (was \"" + value + "\")"),
                value, cause);
    }

    // ---- structure ----------------------------------------------------------------------

    /** Requires the current token to start an object. */
    static void startObject(JsonIn in, Class<?> type) {
        Token t = in.token();
        if (t != Token.START_OBJECT) {
            throw mismatch(in, type, "must be an object, not " + t.described());
        }
    }

    /** Marks a known property as seen, failing if it was seen before in the same object. */
    static long once(JsonIn in, Class<?> type, long seen, Property property) {
        long bit = property.bit();
        if ((seen & bit) != 0) {
            throw mismatch(in, type, DUPLICATE);
        }
        return seen | bit;
    }

    /** Fails unless a required property was read. */
    static <T> T required(JsonIn in, Class<?> type, @Nullable T value, Property property) {
        if (value == null) {
            StringBuilder sb = new StringBuilder(in.path());
            Paths.appendName(sb, property.jsonName());
            throw WireException.mismatch(type, sb + ": required property is missing");
        }
        return value;
    }

    /** Fails if the input read since {@code start} exceeds the configured document length. */
    static void checkLength(JsonIn in, Class<?> type, ReadOptions options, long start) {
        if (start < 0) {
            return;
        }
        if (in.offset() - start > options.maxDocumentLength()) {
            throw mismatch(in, type, "document must be at most " + options.maxDocumentLength()
                    + " bytes (or chars) long (limit of BylineModule.withMaxDocumentLength)");
        }
    }

    /** A property the reader does not know, met by a strict reader. */
    static WireException unknownProperty(JsonIn in, Class<?> type, String name, PropertyTable table) {
        return WireException.unknown(type, in.path() + ": unknown property (BylineModule.withFailOnUnknownProperties"
                + " is on; known: " + table.knownNames() + ")", name, table.knownNames());
    }

    // ---- scalars ------------------------------------------------------------------------

    /** A JSON string. */
    static String string(JsonIn in, Class<?> type) throws IOException {
        if (in.token() == Token.STRING) {
            return in.text();
        }
        throw mismatch(in, type, "must be a string, not " + in.token().described());
    }

    /** A JSON string of at most {@code maxLength} code points (checked before any further work). */
    static String string(JsonIn in, Class<?> type, int maxLength) throws IOException {
        String s = string(in, type);
        int length = s.length() <= maxLength ? s.length() : s.codePointCount(0, s.length());
        if (length > maxLength) {
            throw invalid(in, type, "must be at most " + maxLength + " characters long, is " + length, s, null);
        }
        return s;
    }

    /** A well-formed BCP 47 language tag, returned as a locale (which writes it canonically). */
    static Locale locale(JsonIn in, Class<?> type) throws IOException {
        String tag = string(in, type, 100);
        Locale known = LOCALES.get(tag);
        if (known != null) {
            return known;
        }
        if (!LANGUAGE_TAG_PATTERN.matcher(tag).matches()) {
            throw invalid(in, type, "must be a well-formed BCP 47 language tag with an ISO 639 language code of two or"
                    + " three letters, such as en, pt-BR or sr-Latn-RS", tag, null);
        }
        if (tag.length() >= 3 && tag.regionMatches(true, 0, "und", 0, 3) && (tag.length() == 3 || tag.charAt(3) == '-')) {
            // before canonicalization, which would turn und-abc into abc
            throw invalid(in, type, "must be a BCP 47 language tag naming a language", tag, null);
        }
        String repeated = repeatedSubtag(tag);
        if (repeated != null) {
            throw invalid(in, type, "must be a valid BCP 47 language tag: the " + repeated
                    + " appears twice (RFC 5646 section 2.2.5 and 2.2.6)", tag, null);
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw invalid(in, type, "must be a well-formed BCP 47 language tag (" + e.getMessage() + ")", tag, e);
        }
        String language = locale.getLanguage();
        if (language.isEmpty() || "und".equals(language)) {
            throw invalid(in, type, "must be a BCP 47 language tag naming a language", tag, null);
        }
        if (language.length() > 3) {
            throw invalid(in, type, "must be a BCP 47 language tag with an ISO 639 language code of two or three letters",
                    tag, null);
        }
        if (LOCALES.size() < MAX_CACHED_LOCALES) {
            LOCALES.put(tag, locale);
        }
        return locale;
    }

    /**
     * Names a variant or extension singleton that a well-formed tag repeats (which Java's
     * {@code Locale} would silently drop), or returns null. Private use subtags may repeat.
     */
    private static @Nullable String repeatedSubtag(String tag) {
        String[] subtags = tag.toLowerCase(Locale.ROOT).split("-");
        List<String> seen = new ArrayList<>(subtags.length);
        boolean extensions = false;
        for (int i = 1; i < subtags.length; i++) {
            String s = subtags[i];
            if (s.equals("x")) {
                break;
            }
            boolean singleton = s.length() == 1;
            extensions |= singleton;
            boolean variant = !extensions && (s.length() >= 5 || s.length() == 4 && Character.isDigit(s.charAt(0)));
            if (singleton || variant) {
                if (seen.contains(s)) {
                    return (singleton ? "extension singleton " : "variant ") + s;
                }
                seen.add(s);
            }
        }
        return null;
    }

    /** A URL: syntax only here (the model checks scheme, host and credentials). */
    static URI uri(JsonIn in, Class<?> type) throws IOException {
        String text = string(in, type, Limits.MAX_URL_LENGTH);
        // one pass: the characters refused here, and whether the text is all ASCII
        boolean ascii = true;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x7F && c > ' ') {
                continue;
            }
            ascii = false;
            if (c <= ' ' || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c) && !surrogatePair(text, i)
                    || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                throw invalid(in, type, "must be a URL without spaces, control, bidi control characters or unpaired surrogates",
                        masked(text), null);
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        try {
            URI uri = new URI(text);
            // an IRI (non-ASCII letters in path, query or fragment) is kept in its ASCII form, the
            // percent-encoded UTF-8 that writers write and every URL parser reads (RFC 3987 3.1)
            return ascii ? uri : new URI(uri.toASCIIString());
        } catch (URISyntaxException e) {
            throw invalid(in, type, "must be a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")",
                    masked(text), null);
        }
    }

    /** A URL as messages show it: whatever looks like credentials replaced by {@code ***}. */
    private static String masked(String url) {
        return CREDENTIALS.matcher(url).replaceFirst("//***@");
    }

    private static boolean surrogatePair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    /**
     * An RFC 3339 date-time with an offset. The usual, plainly valid form is read by
     * {@link DateTimes#parse}; everything else by {@code DateTimeFormatter}, which words the
     * errors.
     */
    static OffsetDateTime dateTime(JsonIn in, Class<?> type) throws IOException {
        String text = string(in, type, 64);
        OffsetDateTime plain = DateTimes.parse(text);
        if (plain != null) {
            return plain;
        }
        if (!RFC_3339.matcher(text).matches()) {
            if (LOCAL_DATE_TIME.matcher(text).matches()) {
                throw invalid(in, type, "must be an RFC 3339 date-time with an offset, such as "
                        + "2022-11-21T09:30:00+03:00 (a time without offset is not guessed)", text, null);
            }
            throw invalid(in, type, "must be an RFC 3339 date-time with an offset, such as 2022-11-21T09:30:00+03:00",
                    text, null);
        }
        try {
            String upper = text.indexOf('t') >= 0 || text.indexOf('z') >= 0 ? text.toUpperCase(Locale.ROOT) : text;
            return OffsetDateTime.parse(upper, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw invalid(in, type, "must be a valid RFC 3339 date-time (" + e.getMessage() + ")", text, e);
        }
    }

    /** A slug, checked by {@link Slug#of}. */
    static Slug slug(JsonIn in, Class<?> type) throws IOException {
        String text = string(in, type, Limits.MAX_SLUG_LENGTH);
        try {
            return Slug.of(text);
        } catch (InvalidArticleException e) {
            throw invalid(in, type, "must be a slug: " + e.rule(), text, e);
        }
    }

    /** One of an enumeration's lowercase wire words, matched exactly. */
    static <E> E word(JsonIn in, Class<?> type, Function<String, Optional<E>> lookup, String words)
            throws IOException {
        String text = string(in, type, 100);
        Optional<E> value = lookup.apply(text);
        if (value.isEmpty()) {
            throw invalid(in, type, "must be one of " + words, text, null);
        }
        return value.get();
    }

    /** The wire words of an enumeration, as {@link #word} lists them in its message: {@code a, b, c}. */
    static <E> String wordsOf(E[] values, Function<E, String> wireName) {
        StringBuilder sb = new StringBuilder();
        for (E e : values) {
            sb.append(sb.length() == 0 ? "" : ", ").append(wireName.apply(e));
        }
        return sb.toString();
    }

    /**
     * A JSON number with an integral value between {@code min} and {@code max}. As in JSON
     * Schema, an integer is any number whose fraction is zero: {@code 1200}, {@code 1200.0} and
     * {@code 1.2e3} are all 1200 (JavaScript and Python writers produce such forms); {@code 1200.5}
     * and strings are errors.
     */
    static int integer(JsonIn in, Class<?> type, int min, int max) throws IOException {
        long value = plainInt(in) ? in.intValue() : orBeyondInt(integral(in, type, "must be an integer, not "));
        if (value < min || value > max) {
            throw invalid(in, type, "must be an integer between " + min + " and " + max, in.text(), null);
        }
        return (int) value;
    }

    /** The start of the message for a {@code schemaVersion} that is not a number. */
    private static final String NOT_THE_VERSION = "must be the integer " + WireFormat.SCHEMA_VERSION + ", not ";

    /** The {@code schemaVersion} of a document: the number 1 (also written {@code 1.0}). */
    static void schemaVersion(JsonIn in, Class<?> type) throws IOException {
        int version = WireFormat.SCHEMA_VERSION;
        long value = plainInt(in) ? in.intValue() : orBeyondInt(integral(in, type, NOT_THE_VERSION));
        if (value != version) {
            throw invalid(in, type, "must be " + version + ": this reader knows wire format v" + version + " only",
                    in.text(), null);
        }
    }

    /**
     * Whether the current token is an integer written plainly that fits an int: the usual form,
     * read without boxing.
     */
    private static boolean plainInt(JsonIn in) throws IOException {
        return in.token() == Token.INTEGER && in.integerSize() == JsonIn.IntegerSize.INT;
    }

    /** An {@link #integral} result as a long, {@code Long.MAX_VALUE} (beyond any int range) for null. */
    private static long orBeyondInt(@Nullable Integer value) {
        return value == null ? Long.MAX_VALUE : value;
    }

    /**
     * The current number's value if it is integral and fits an int; null if it is integral but
     * larger. Fails if the token is not a number, or is a number with a non-zero fraction.
     */
    private static @Nullable Integer integral(JsonIn in, Class<?> type, String notANumber) throws IOException {
        Token t = in.token();
        if (t == Token.INTEGER) {
            return in.integerSize() == JsonIn.IntegerSize.INT ? in.intValue() : null;
        }
        if (t != Token.FRACTION) {
            throw mismatch(in, type, notANumber + t.described());
        }
        BigDecimal d;
        try {
            d = in.isNaN() ? null : in.decimalValue();
        } catch (NumberFormatException e) {
            d = null;
        }
        if (d == null || d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            // a number with a fraction (or NaN): not an integer at all, as before
            throw mismatch(in, type, notANumber + t.described());
        }
        // a huge exponent such as 1e999999 is integral but far out of range: decide by precision
        if (d.signum() == 0) {
            return 0;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > 10) {
            return null;
        }
        BigInteger exact = stripped.toBigIntegerExact();
        return exact.bitLength() < 32 ? exact.intValue() : null;
    }

    // ---- lists --------------------------------------------------------------------------

    /** Reads one list element; the reader is at the element's first token. */
    interface Element<T> {
        T read(JsonIn in) throws IOException;
    }

    /**
     * A JSON array of at most {@link Limits#MAX_LIST_SIZE} elements, none of them null, each
     * handed to {@code sink} as it is read (straight into a builder, so no list is copied on
     * the way). The document length is checked after every element.
     */
    static <T> void list(JsonIn in, Class<?> type, ReadOptions options, long start, Element<T> element,
            Consumer<? super T> sink) throws IOException {
        Token t = in.token();
        if (t != Token.START_ARRAY) {
            throw mismatch(in, type, "must be an array, not " + t.described());
        }
        int count = 0;
        for (Token e = in.next(); e != Token.END_ARRAY; e = in.next()) {
            if (count == Limits.MAX_LIST_SIZE) {
                throw mismatch(in, type, "must have at most " + Limits.MAX_LIST_SIZE + " entries");
            }
            if (e == Token.NULL) {
                throw mismatch(in, type, "must not be null (lists hold no nulls)");
            }
            sink.accept(element.read(in));
            count++;
            checkLength(in, type, options, start);
        }
    }

    /** A JSON array of strings, each handed to {@code sink}. */
    static void strings(JsonIn in, Class<?> type, ReadOptions options, long start, int maxLength,
            Consumer<? super String> sink) throws IOException {
        list(in, type, options, start, q -> string(q, type, maxLength), sink);
    }

    // ---- extensions ---------------------------------------------------------------------

    /**
     * Reads the value of a property the type does not know into {@code extensions} (created
     * when null), or fails if the reader is strict.
     *
     * @return the map holding the new entry
     */
    static Map<String, @Nullable Object> unknown(JsonIn in, Class<?> type, ReadOptions options,
            @Nullable Map<String, @Nullable Object> extensions, String name, PropertyTable table) throws IOException {
        if (options.failOnUnknownProperties()) {
            throw unknownProperty(in, type, name, table);
        }
        Map<String, @Nullable Object> map = extensions == null ? new LinkedHashMap<>() : extensions;
        if (map.containsKey(name)) {
            throw mismatch(in, type, DUPLICATE);
        }
        int[] budget = {Limits.MAX_EXTENSION_VALUES - map.size()};
        map.put(name, any(in, type, 1, budget));
        return map;
    }

    /** Wraps collected unknown properties as extensions; the reader is at the object's end. */
    static Extensions extensions(JsonIn in, Class<?> type, @Nullable Map<String, @Nullable Object> map) {
        if (map == null) {
            return Extensions.empty();
        }
        try {
            return Extensions.of(map);
        } catch (InvalidArticleException e) {
            throw invalid(in, type, e);
        }
    }

    private static @Nullable Object any(JsonIn in, Class<?> type, int depth, int[] budget) throws IOException {
        if (--budget[0] < 0) {
            throw mismatch(in, type, "must not hold more than " + Limits.MAX_EXTENSION_VALUES
                    + " values in the unknown properties of one object");
        }
        Token t = in.token();
        switch (t) {
            case STRING:
                return in.text();
            case INTEGER:
                return in.integerSize() == JsonIn.IntegerSize.BIG ? in.bigIntegerValue()
                        : BigInteger.valueOf(in.longValue());
            case FRACTION:
                if (in.isNaN()) {
                    throw invalid(in, type, "must be a finite number", in.text(), null);
                }
                try {
                    return in.decimalValue();
                } catch (NumberFormatException e) {
                    // an exponent beyond what BigDecimal holds, such as 1e999999999999
                    throw invalid(in, type, "must be a finite number within the range of a decimal (BigDecimal)",
                            in.text(), e);
                }
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case NULL:
                return null;
            case START_OBJECT: {
                checkDepth(in, type, depth + 1);
                Map<String, @Nullable Object> map = new LinkedHashMap<>();
                for (String name = in.nextName(); name != null; name = in.nextName()) {
                    in.next();
                    if (map.containsKey(name)) {
                        throw mismatch(in, type, DUPLICATE);
                    }
                    map.put(name, any(in, type, depth + 1, budget));
                }
                return map;
            }
            case START_ARRAY: {
                checkDepth(in, type, depth + 1);
                List<@Nullable Object> list = new ArrayList<>();
                for (Token e = in.next(); e != Token.END_ARRAY; e = in.next()) {
                    list.add(any(in, type, depth + 1, budget));
                }
                return list;
            }
            default:
                throw mismatch(in, type, "must be a JSON value, not " + t.described());
        }
    }

    private static void checkDepth(JsonIn in, Class<?> type, int depth) {
        if (depth > Limits.MAX_EXTENSION_DEPTH) {
            throw mismatch(in, type, "must not nest deeper than " + Limits.MAX_EXTENSION_DEPTH
                    + " levels in unknown properties (Limits.MAX_EXTENSION_DEPTH)");
        }
    }
}
