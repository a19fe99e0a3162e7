package dev.byline;

import dev.byline.internal.Rules;
import dev.byline.internal.Text;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The URL-path segment that names an article: one or more segments of lowercase letters,
 * combining marks and digits joined by single hyphens (or single underscores, for sites that use
 * them), such as {@code moscow-and-the-taliban}.
 *
 * <p>Letters may be of any script ({@code istanbul}, {@code москва}, {@code کابل}) so that sites
 * wanting Unicode slugs can have them; {@link #isAscii()} tells the plain
 * {@code [a-z0-9]+([-_][a-z0-9]+)*} kind apart. A slug has no uppercase or title-case letters, no
 * spaces, punctuation other than the single hyphens or underscores, control, format or bidi
 * characters (except the zero-width non-joiner U+200C between two letters of a segment, which
 * Persian spelling needs, as in {@code می‌خواهم}), is NFC and at most
 * {@link Limits#MAX_SLUG_LENGTH} characters long.
 *
 * <p>Slugs are usually made from titles by the slug package's {@code Slugger}; {@link #of}
 * only checks a ready-made value. Immutable and thread-safe; equal when their values are equal.
 */
public final class Slug implements Comparable<Slug> {

    /** The zero-width non-joiner, allowed between two letters of a segment. */
    private static final int ZWNJ = 0x200C;

    private final String value;

    private Slug(String value) {
        this.value = value;
    }

    /**
     * Returns the slug with the given value, normalized to NFC.
     *
     * @param value the slug text, such as {@code kabul-after-the-war}; not null
     * @return the slug; never null
     * @throws InvalidArticleException if the value is empty, too long, or not lowercase letters,
     *     marks and digits in segments joined by single hyphens or underscores
     */
    public static Slug of(String value) {
        return of("slug", value);
    }

    /**
     * Returns the slug with the given value, reporting a bad value under the given path.
     *
     * @param path the attribute path to name in an error, such as {@code translations[0].slug}
     * @param value the slug text; not null
     * @return the slug; never null
     * @throws InvalidArticleException if the value is not a valid slug
     */
    static Slug of(String path, String value) {
        if (isPlainAscii(value)) {
            return new Slug(value); // ASCII is NFC and has as many code points as chars
        }
        int length = Text.codePointLength(value, Limits.MAX_SLUG_LENGTH);
        if (length > Limits.MAX_SLUG_LENGTH) {
            throw new InvalidArticleException(path,
                    "must be at most " + Limits.MAX_SLUG_LENGTH + " characters long, is " + length, value);
        }
        String v = Text.nfc(value);
        String problem = problem(v);
        if (problem != null) {
            throw new InvalidArticleException(path, problem, value);
        }
        return new Slug(v);
    }

    /**
     * Tells whether a string is a valid slug value as it stands (already NFC).
     *
     * @param value the candidate; not null
     * @return true if {@link #of} would accept it unchanged
     */
    public static boolean isValid(String value) {
        return Text.codePointLength(value, Limits.MAX_SLUG_LENGTH) <= Limits.MAX_SLUG_LENGTH && problem(value) == null
                && Text.nfc(value).equals(value);
    }

    /**
     * Whether the value is a valid slug of ASCII letters and digits with single hyphens or
     * underscores between them, within the length limit: what a slugger writes and most slugs
     * are, settled in one pass. False sends the value through the full checks, which name the
     * problem.
     */
    private static boolean isPlainAscii(String v) {
        int n = v.length();
        if (n == 0 || n > Limits.MAX_SLUG_LENGTH) {
            return false;
        }
        boolean segmentStart = true;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                segmentStart = false;
            } else if ((c == '-' || c == '_') && !segmentStart) {
                segmentStart = true;
            } else {
                return false;
            }
        }
        return !segmentStart;
    }

    private static @Nullable String problem(String v) {
        if (v.isEmpty()) {
            return "must not be empty";
        }
        boolean segmentStart = true;
        for (int i = 0, n = v.length(); i < n; ) {
            int cp = v.codePointAt(i);
            if (cp == '-' || cp == '_') {
                if (segmentStart) {
                    return i == 0 ? "must not start with a hyphen or underscore"
                            : "must not contain consecutive hyphens or underscores";
                }
                segmentStart = true;
            } else if (cp == ZWNJ) {
                if (segmentStart || !isLetterOrMark(v.codePointBefore(i)) || i + 1 >= n
                        || !Character.isLetter(v.codePointAt(i + 1))) {
                    return "must have a zero-width non-joiner only between two letters";
                }
            } else if (cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9') {
                segmentStart = false;
            } else if (cp >= 'A' && cp <= 'Z') {
                return "must be lowercase";
            } else if (cp < 0x80) {
                return "must contain only letters, digits and single hyphens or underscores between them";
            } else {
                int type = Character.getType(cp);
                switch (type) {
                    case Character.LOWERCASE_LETTER:
                    case Character.OTHER_LETTER:
                    case Character.MODIFIER_LETTER:
                    case Character.DECIMAL_DIGIT_NUMBER:
                        segmentStart = false;
                        break;
                    case Character.NON_SPACING_MARK:
                    case Character.COMBINING_SPACING_MARK:
                    case Character.ENCLOSING_MARK:
                        if (segmentStart) {
                            return "must not start a segment with a combining mark";
                        }
                        break;
                    case Character.UPPERCASE_LETTER:
                    case Character.TITLECASE_LETTER:
                        return "must be lowercase";
                    default:
                        return "must contain only letters, digits and single hyphens or underscores between them";
                }
            }
            i += Character.charCount(cp);
        }
        if (segmentStart) {
            return "must not end with a hyphen or underscore";
        }
        return null;
    }

    /**
     * Checks a list of previous slugs: at most {@link Limits#MAX_LIST_SIZE}, unique, and none
     * the current slug (an old path must not redirect to itself).
     */
    static void checkPrevious(String path, List<Slug> previous, Optional<Slug> current) {
        Rules.size(path, previous, Limits.MAX_LIST_SIZE);
        Rules.unique(path, "", previous, Slug::value);
        if (current.isPresent()) {
            int i = previous.indexOf(current.get());
            if (i >= 0) {
                throw new InvalidArticleException(path + "[" + i + "]", "must not be the current slug", current.get().value());
            }
        }
    }

    private static boolean isLetterOrMark(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /**
     * Returns the slug text.
     *
     * @return the value, such as {@code moscow-and-the-taliban}; never null or empty
     */
    public String value() {
        return value;
    }

    /**
     * Tells whether the slug is plain ASCII, {@code [a-z0-9]+([-_][a-z0-9]+)*}.
     *
     * @return true if every character is an ASCII lowercase letter, digit, hyphen or underscore
     */
    public boolean isAscii() {
        return Text.isAscii(value);
    }

    /**
     * Compares slugs by their values, code unit by code unit.
     *
     * @param other the other slug; not null
     * @return negative, zero or positive as this slug sorts before, with or after the other
     */
    @Override
    public int compareTo(Slug other) {
        return value.compareTo(other.value);
    }

    /**
     * Slugs are equal when their values are equal.
     *
     * @param o the other object, may be null
     * @return true if {@code o} is a slug with the same value
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Slug && ((Slug) o).value.equals(value);
    }

    /**
     * Returns the hash code of the value.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the slug text, the same as {@link #value()}.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }
}
