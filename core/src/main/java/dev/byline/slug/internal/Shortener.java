package dev.byline.slug.internal;

/** Cuts a slug to a maximum length at a word boundary. */
public final class Shortener {

    private Shortener() {}

    /**
     * Returns the longest prefix of whole words of {@code slug} that fits in {@code max}
     * characters, or, when the first word alone is longer, its first {@code max} characters
     * (never splitting a surrogate pair, never ending on a joiner).
     */
    public static String cut(String slug, int max, char separator) {
        if (slug.length() <= max) {
            return slug;
        }
        int at = slug.lastIndexOf(separator, max);
        if (at > 0) {
            return slug.substring(0, at);
        }
        int end = max;
        while (end > 0 && (Character.isHighSurrogate(slug.charAt(end - 1)) && Character.isLowSurrogate(slug.charAt(end))
                || slug.charAt(end - 1) == '\u200C')) {
            end--;
        }
        return slug.substring(0, end);
    }
}
