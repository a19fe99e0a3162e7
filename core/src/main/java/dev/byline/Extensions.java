package dev.byline;

import dev.byline.internal.Rules;
import dev.byline.internal.Text;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Properties a byline object carries beyond the ones byline knows: the place where data from a
 * newer writer, or a site's own fields, survive a round trip untouched.
 *
 * <p>Keys are strings; values are JSON-like: {@link String}, {@link Boolean}, {@link BigDecimal},
 * {@link BigInteger}, {@link List} and {@link Map} (with string keys) of those, and
 * {@code null} for JSON {@code null}. On construction, {@code Integer}, {@code Long},
 * {@code Short} and {@code Byte} become {@code BigInteger}, finite {@code Double} and
 * {@code Float} become the {@code BigDecimal} of their decimal string, and nested lists and maps
 * are copied into unmodifiable ones that keep their order. Strings are kept exactly as given
 * (not NFC-normalized), because extensions are other programs' data.
 *
 * <p>Limits: nesting depth {@link Limits#MAX_EXTENSION_DEPTH}, {@link Limits#MAX_EXTENSION_VALUES}
 * values in all, strings of at most {@link Limits#MAX_EXTENSION_STRING_LENGTH}. Each owning type
 * also refuses keys that are its own attribute names.
 *
 * <p>Immutable (deeply) and thread-safe; equal when their maps are equal, which for numbers
 * means {@link BigDecimal#equals}: {@code 1.50} and {@code 1.5} differ, as they differ in JSON
 * text.
 */
public final class Extensions {

    private static final Extensions EMPTY = new Extensions(Collections.emptyMap());

    private final Map<String, @Nullable Object> values;

    private Extensions(Map<String, @Nullable Object> values) {
        this.values = values;
    }

    /**
     * Returns the empty extensions.
     *
     * @return extensions with no entries; never null
     */
    public static Extensions empty() {
        return EMPTY;
    }

    /**
     * Returns extensions holding a deep, unmodifiable copy of the given map, in its iteration
     * order.
     *
     * @param values the properties; not null; keys not null; values JSON-like as described in
     *     the class documentation, {@code null} allowed for JSON null
     * @return the extensions; never null
     * @throws InvalidArticleException naming the path ({@code extensions.a.b[2]}) if a value is
     *     not JSON-like, a number is not finite, a string has unpaired surrogates, or a limit
     *     is exceeded
     * @throws NullPointerException if the map or a key is null
     */
    public static Extensions of(Map<String, ? extends @Nullable Object> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        int[] budget = {Limits.MAX_EXTENSION_VALUES};
        return new Extensions(copyMap("extensions", values, 1, budget));
    }

    private static Map<String, @Nullable Object> copyMap(
            String path, Map<?, ? extends @Nullable Object> map, int depth, int[] budget) {
        if (depth > Limits.MAX_EXTENSION_DEPTH) {
            throw new InvalidArticleException(path, "must not nest deeper than " + Limits.MAX_EXTENSION_DEPTH, null);
        }
        Map<String, @Nullable Object> copy = new LinkedHashMap<>(Math.max(4, map.size() * 2));
        for (Map.Entry<?, ? extends @Nullable Object> e : map.entrySet()) {
            Object key = e.getKey();
            if (!(key instanceof String)) {
                throw new InvalidArticleException(path, "must have string keys", key);
            }
            String k = (String) key;
            // keys are data: escaped and shortened so that the path is safe to log
            String child = path + "." + Text.shorten(k);
            Rules.encodable(child, k, Limits.MAX_EXTENSION_STRING_LENGTH);
            copy.put(k, copyValue(child, e.getValue(), depth, budget));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static @Nullable Object copyValue(String path, @Nullable Object value, int depth, int[] budget) {
        if (--budget[0] < 0) {
            throw new InvalidArticleException("extensions",
                    "must hold at most " + Limits.MAX_EXTENSION_VALUES + " values", null);
        }
        if (value == null || value instanceof Boolean || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof String) {
            Rules.encodable(path, (String) value, Limits.MAX_EXTENSION_STRING_LENGTH);
            return value;
        }
        if (value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigInteger.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new InvalidArticleException(path, "must be a finite number", value);
            }
            return new BigDecimal(value.toString());
        }
        if (value instanceof Map) {
            return copyMap(path, (Map<?, ?>) value, depth + 1, budget);
        }
        if (value instanceof List) {
            if (depth + 1 > Limits.MAX_EXTENSION_DEPTH) {
                throw new InvalidArticleException(path, "must not nest deeper than " + Limits.MAX_EXTENSION_DEPTH, null);
            }
            List<?> list = (List<?>) value;
            List<@Nullable Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(copyValue(path + "[" + i + "]", list.get(i), depth + 1, budget));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new InvalidArticleException(path,
                "must be a JSON-like value (String, Boolean, BigDecimal, BigInteger, List, Map or null), not "
                        + value.getClass().getName(), null);
    }

    /**
     * Returns the properties as an unmodifiable map in their original order. Values may be
     * {@code null} (JSON null); nested lists and maps are unmodifiable too.
     *
     * @return the map; never null
     */
    public Map<String, @Nullable Object> asMap() {
        return values;
    }

    /**
     * Tells whether there are no properties.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Returns a copy with one property added or replaced (at the end if new).
     *
     * @param key the property name; not null
     * @param value a JSON-like value, or null for JSON null
     * @return the new extensions; never null
     * @throws InvalidArticleException if the value is not JSON-like or a limit is exceeded
     */
    public Extensions with(String key, @Nullable Object value) {
        Map<String, @Nullable Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return of(copy);
    }

    /**
     * Returns a copy without the given property.
     *
     * @param key the property name; not null
     * @return the new extensions, or this if the key was absent; never null
     */
    public Extensions without(String key) {
        if (!values.containsKey(key)) {
            return this;
        }
        Map<String, @Nullable Object> copy = new LinkedHashMap<>(values);
        copy.remove(key);
        return copy.isEmpty() ? EMPTY : new Extensions(Collections.unmodifiableMap(copy));
    }

    /**
     * Checks that no key is one of the owner's attribute names (which would clash on the wire).
     *
     * @param reserved the owner's attribute names
     * @throws InvalidArticleException naming {@code extensions.<key>}
     */
    void requireNoneOf(Set<String> reserved) {
        for (String key : values.keySet()) {
            if (reserved.contains(key)) {
                throw new InvalidArticleException("extensions." + key,
                        "must not use the name of a known attribute", key);
            }
        }
    }

    /**
     * Extensions are equal when their maps are equal (order does not matter).
     *
     * @param o the other object, may be null
     * @return true if {@code o} holds equal properties
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Extensions && ((Extensions) o).values.equals(values);
    }

    /**
     * Returns the hash code of the map.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /**
     * Returns the map's string form, for debugging.
     *
     * @return a string such as {@code Extensions{rating=1.50}}
     */
    @Override
    public String toString() {
        return "Extensions" + values;
    }
}
