package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.byline.Extensions;
import dev.byline.InvalidArticleException;
import dev.byline.Limits;
import dev.byline.Slug;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
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
 * The token-level rules every byline deserializer shares. Each method reads the value at the
 * parser's current token and fails with a {@link MismatchedInputException} (wrong token,
 * missing or repeated property) or an {@link InvalidFormatException} (a value breaking a rule),
 * whose message starts with the JSON path of the value and states the rule. None of them asks
 * the host's {@code DeserializationProblemHandler} or coercion settings: byline's rules hold
 * whatever the host mapper allows. Not API.
 */
final class Reading {

    /** RFC 3339 date-time; the offset is required. {@code T} and {@code Z} may be lowercase. */
    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern CREDENTIALS = Pattern.compile("//[^/?#]*@");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}([Tt ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?)?");

    /** Tags already parsed and accepted; bounded so that hostile input cannot grow it. */
    private static final ConcurrentHashMap<String, Locale> LOCALES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_LOCALES = 2_000;

    private Reading() {}

    // ---- errors -------------------------------------------------------------------------

    /** A value of the wrong kind, a missing or repeated property: {@code <path>: <rule>}. */
    static MismatchedInputException mismatch(JsonParser p, Class<?> type, String rule) {
        return MismatchedInputException.from(p, type, Paths.of(p.getParsingContext()) + ": " + rule);
    }

    /** A value that breaks a rule: {@code <path>: <rule> (was "<value>")}. */
    static InvalidFormatException invalid(JsonParser p, Class<?> type, String rule, String value,
            @Nullable Throwable cause) {
        String shown = Shown.value(value);
        InvalidFormatException e = InvalidFormatException.from(p,
                Paths.of(p.getParsingContext()) + ": " + rule + " (was \"" + shown + "\")", shown, type);
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    /**
     * A rule of the model broken by an object just read (the parser is at its end): the path of
     * the object joined with the attribute path core reports, the rule and the value.
     */
    static InvalidFormatException invalid(JsonParser p, Class<?> type, InvalidArticleException cause) {
        String relative = cause.path();
        if (relative.equals("extensions")) {
            relative = "";
        } else if (relative.startsWith("extensions.")) {
            relative = relative.substring("extensions.".length());
        }
        String path = Paths.join(Paths.of(p.getParsingContext()), relative);
        String value = cause.value().orElse(null);
        String message = path + ": " + cause.rule() + (value == null ? "" : " (was \"" + value + "\")");
        InvalidFormatException e = InvalidFormatException.from(p, message, value, type);
        e.initCause(cause);
        return e;
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT: return "an integer";
            case VALUE_NUMBER_FLOAT: return "a fractional number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return "a " + token.name().toLowerCase(Locale.ROOT);
        }
    }

    private static JsonToken token(JsonParser p) {
        JsonToken t = p.currentToken();
        return t == null ? JsonToken.NOT_AVAILABLE : t;
    }

    // ---- structure ----------------------------------------------------------------------

    /** Requires the current token to start an object. */
    static void startObject(JsonParser p, Class<?> type) throws MismatchedInputException {
        JsonToken t = token(p);
        if (t != JsonToken.START_OBJECT) {
            throw mismatch(p, type, "must be an object, not " + describe(t));
        }
    }

    /** Marks a known property as seen, failing if it was seen before in the same object. */
    static int once(JsonParser p, Class<?> type, int seen, int bit) throws MismatchedInputException {
        if ((seen & bit) != 0) {
            throw mismatch(p, type, "must not appear twice in one object (duplicate property)");
        }
        return seen | bit;
    }

    /** Fails unless a required property was read. */
    static <T> T required(JsonParser p, Class<?> type, @Nullable T value, String name)
            throws MismatchedInputException {
        if (value == null) {
            String path = Paths.of(p.getParsingContext());
            StringBuilder sb = new StringBuilder(path);
            Paths.appendName(sb, name);
            throw MismatchedInputException.from(p, type, sb + ": required property is missing");
        }
        return value;
    }

    /** The start offset of the current token, in bytes or chars of the input; -1 if unknown. */
    static long tokenOffset(JsonParser p) {
        return offset(p.currentTokenLocation());
    }

    private static long offset(JsonLocation location) {
        long bytes = location.getByteOffset();
        return bytes >= 0 ? bytes : location.getCharOffset();
    }

    /** Fails if the input read since {@code start} exceeds the configured document length. */
    static void checkLength(JsonParser p, Class<?> type, Settings settings, long start)
            throws MismatchedInputException {
        if (start < 0) {
            return;
        }
        long now = offset(p.currentLocation());
        if (now - start > settings.maxDocumentLength) {
            throw mismatch(p, type, "document must be at most " + settings.maxDocumentLength
                    + " bytes (or chars) long (limit of BylineModule.withMaxDocumentLength)");
        }
    }

    // ---- scalars ------------------------------------------------------------------------

    /** A JSON string. */
    static String string(JsonParser p, Class<?> type) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        throw mismatch(p, type, "must be a string, not " + describe(token(p)));
    }

    /** A JSON string of a known maximum length (checked before any further work). */
    static String string(JsonParser p, Class<?> type, int maxLength) throws IOException {
        String s = string(p, type);
        if (s.length() > maxLength) {
            throw invalid(p, type, "must be at most " + maxLength + " characters long, is " + s.length(), s, null);
        }
        return s;
    }

    /** A well-formed BCP 47 language tag, returned as a locale (which writes it canonically). */
    static Locale locale(JsonParser p, Class<?> type) throws IOException {
        String tag = string(p, type, 100);
        Locale known = LOCALES.get(tag);
        if (known != null) {
            return known;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            String language = locale.getLanguage();
            if (language.isEmpty() || "und".equals(language)) {
                throw invalid(p, type, "must be a BCP 47 language tag naming a language", tag, null);
            }
            if (language.length() > 3) {
                throw invalid(p, type, "must be a BCP 47 language tag with an ISO 639 language code of two or three letters",
                        tag, null);
            }
            if (LOCALES.size() < MAX_CACHED_LOCALES) {
                LOCALES.put(tag, locale);
            }
            return locale;
        } catch (IllformedLocaleException e) {
            throw invalid(p, type, "must be a well-formed BCP 47 language tag (" + e.getMessage() + ")", tag, e);
        }
    }

    /** A URL: syntax only here (the model checks scheme, host and credentials). */
    static URI uri(JsonParser p, Class<?> type) throws IOException {
        String text = string(p, type, Limits.MAX_URL_LENGTH);
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c >= 0x7F && c <= 0x9F || Character.isSurrogate(c) && !surrogatePair(text, i)
                    || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                throw invalid(p, type, "must be a URL without spaces, control, bidi control characters or unpaired surrogates",
                        masked(text), null);
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(p, type, "must be a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")",
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
    static OffsetDateTime dateTime(JsonParser p, Class<?> type) throws IOException {
        String text = string(p, type, 64);
        OffsetDateTime plain = DateTimes.parse(text);
        if (plain != null) {
            return plain;
        }
        if (!RFC_3339.matcher(text).matches()) {
            if (LOCAL_DATE_TIME.matcher(text).matches()) {
                throw invalid(p, type, "must be an RFC 3339 date-time with an offset, such as "
                        + "2022-11-21T09:30:00+03:00 (a time without offset is not guessed)", text, null);
            }
            throw invalid(p, type, "must be an RFC 3339 date-time with an offset, such as 2022-11-21T09:30:00+03:00",
                    text, null);
        }
        try {
            String upper = text.indexOf('t') >= 0 || text.indexOf('z') >= 0 ? text.toUpperCase(Locale.ROOT) : text;
            return OffsetDateTime.parse(upper, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw invalid(p, type, "must be a valid RFC 3339 date-time (" + e.getMessage() + ")", text, e);
        }
    }

    /** A slug, checked by {@link Slug#of}. */
    static Slug slug(JsonParser p, Class<?> type) throws IOException {
        String text = string(p, type, Limits.MAX_SLUG_LENGTH);
        try {
            return Slug.of(text);
        } catch (InvalidArticleException e) {
            throw invalid(p, type, "must be a slug: " + e.rule(), text, e);
        }
    }

    /** One of an enumeration's lowercase wire words, matched exactly. */
    static <E> E word(JsonParser p, Class<?> type, Function<String, Optional<E>> lookup, String words)
            throws IOException {
        String text = string(p, type, 100);
        Optional<E> value = lookup.apply(text);
        if (value.isEmpty()) {
            throw invalid(p, type, "must be one of " + words, text, null);
        }
        return value.get();
    }

    /** A JSON integer (no fraction, no string) between {@code min} and {@code max}. */
    static int integer(JsonParser p, Class<?> type, int min, int max) throws IOException {
        JsonToken t = token(p);
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch(p, type, "must be an integer, not " + describe(t));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < min || p.getIntValue() > max) {
            throw invalid(p, type, "must be an integer between " + min + " and " + max, p.getText(), null);
        }
        return p.getIntValue();
    }

    /** The {@code schemaVersion} of a document: the integer 1. */
    static void schemaVersion(JsonParser p, Class<?> type) throws IOException {
        JsonToken t = token(p);
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch(p, type, "must be the integer " + BylineJsonVersion.SCHEMA_VERSION + ", not " + describe(t));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() != BylineJsonVersion.SCHEMA_VERSION) {
            throw invalid(p, type, "must be " + BylineJsonVersion.SCHEMA_VERSION
                    + ": this reader knows wire format v" + BylineJsonVersion.SCHEMA_VERSION + " only", p.getText(), null);
        }
    }

    // ---- lists --------------------------------------------------------------------------

    /** Reads one list element; the parser is at the element's first token. */
    interface Element<T> {
        T read(JsonParser p) throws IOException;
    }

    /**
     * A JSON array of at most {@link Limits#MAX_LIST_SIZE} elements, none of them null, each
     * handed to {@code sink} as it is read (straight into a builder, so no list is copied on
     * the way). The document length is checked after every element.
     */
    static <T> void list(JsonParser p, Class<?> type, Settings settings, long start, Element<T> element,
            Consumer<? super T> sink) throws IOException {
        JsonToken t = token(p);
        if (t != JsonToken.START_ARRAY) {
            throw mismatch(p, type, "must be an array, not " + describe(t));
        }
        int count = 0;
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (count == Limits.MAX_LIST_SIZE) {
                throw mismatch(p, type, "must have at most " + Limits.MAX_LIST_SIZE + " entries");
            }
            if (e == JsonToken.VALUE_NULL) {
                throw mismatch(p, type, "must not be null (lists hold no nulls)");
            }
            sink.accept(element.read(p));
            count++;
            checkLength(p, type, settings, start);
        }
    }

    /** A JSON array of strings, each handed to {@code sink}. */
    static void strings(JsonParser p, Class<?> type, Settings settings, long start, int maxLength,
            Consumer<? super String> sink) throws IOException {
        list(p, type, settings, start, q -> string(q, type, maxLength), sink);
    }

    // ---- extensions ---------------------------------------------------------------------

    /**
     * Reads the value of a property the type does not know into {@code extensions} (created
     * when null), or fails if the module is strict.
     *
     * @return the map holding the new entry
     */
    static Map<String, @Nullable Object> unknown(JsonParser p, Class<?> type, Settings settings,
            @Nullable Map<String, @Nullable Object> extensions, String name, Collection<Object> known) throws IOException {
        if (settings.failOnUnknownProperties) {
            throw new UnrecognizedPropertyException(p, Paths.of(p.getParsingContext())
                    + ": unknown property (BylineModule.withFailOnUnknownProperties is on; known: " + known + ")",
                    p.currentTokenLocation(), type, name, known);
        }
        Map<String, @Nullable Object> map = extensions == null ? new LinkedHashMap<>() : extensions;
        if (map.containsKey(name)) {
            throw mismatch(p, type, "must not appear twice in one object (duplicate property)");
        }
        int[] budget = {Limits.MAX_EXTENSION_VALUES - map.size()};
        map.put(name, any(p, type, 1, budget));
        return map;
    }

    /** Wraps collected unknown properties as extensions; the parser is at the object's end. */
    static Extensions extensions(JsonParser p, Class<?> type, @Nullable Map<String, @Nullable Object> map)
            throws InvalidFormatException {
        if (map == null) {
            return Extensions.empty();
        }
        try {
            return Extensions.of(map);
        } catch (InvalidArticleException e) {
            throw invalid(p, type, e);
        }
    }

    private static @Nullable Object any(JsonParser p, Class<?> type, int depth, int[] budget) throws IOException {
        if (--budget[0] < 0) {
            throw mismatch(p, type, "must not hold more than " + Limits.MAX_EXTENSION_VALUES
                    + " values in the unknown properties of one object");
        }
        JsonToken t = token(p);
        switch (t) {
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                JsonParser.NumberType kind = p.getNumberType();
                return kind == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue()
                        : BigInteger.valueOf(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                if (p.isNaN()) {
                    throw invalid(p, type, "must be a finite number", p.getText(), null);
                }
                try {
                    return p.getDecimalValue();
                } catch (NumberFormatException e) {
                    // an exponent beyond what BigDecimal holds, such as 1e999999999999
                    throw invalid(p, type, "must be a finite number within the range of a decimal (BigDecimal)",
                            p.getText(), e);
                }
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case START_OBJECT: {
                checkDepth(p, type, depth + 1);
                Map<String, @Nullable Object> map = new LinkedHashMap<>();
                for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                    p.nextToken();
                    if (map.containsKey(name)) {
                        throw mismatch(p, type, "must not appear twice in one object (duplicate property)");
                    }
                    map.put(name, any(p, type, depth + 1, budget));
                }
                return map;
            }
            case START_ARRAY: {
                checkDepth(p, type, depth + 1);
                List<@Nullable Object> list = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    list.add(any(p, type, depth + 1, budget));
                }
                return list;
            }
            default:
                throw mismatch(p, type, "must be a JSON value, not " + describe(t));
        }
    }

    private static void checkDepth(JsonParser p, Class<?> type, int depth) throws MismatchedInputException {
        if (depth > Limits.MAX_EXTENSION_DEPTH) {
            throw mismatch(p, type, "must not nest deeper than " + Limits.MAX_EXTENSION_DEPTH
                    + " levels in unknown properties (Limits.MAX_EXTENSION_DEPTH)");
        }
    }
}
