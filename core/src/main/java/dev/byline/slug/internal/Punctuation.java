package dev.byline.slug.internal;

/**
 * The characters between words that do more than separate them: apostrophes (join a word, or
 * separate an elided one), {@code &} (the language's "and" when it stands alone, nothing inside a
 * token such as {@code AT&T}), dots of initialisms ({@code U.S.} is {@code us}), commas between
 * digit groups ({@code 1,000} is {@code 1000}) and the middle dot between letters (Catalan
 * {@code l·l}). Everything else that is not a letter or digit separates words.
 */
final class Punctuation {

    private Punctuation() {}

    /** Handles the ASCII non-alphanumeric character at {@code i}; returns the next index. */
    static int ascii(String s, int i, char c, SlugBuilder out, Language lang) {
        switch (c) {
            case '\'':
            case '`':
                apostrophe(s, i + 1, out, lang);
                break;
            case '&':
                ampersand(s, i, out, lang);
                break;
            case '.':
                if (!initialism(s, i)) {
                    out.boundary();
                }
                break;
            case ',':
                if (!digitGroup(s, i)) {
                    out.boundary();
                }
                break;
            default:
                out.boundary();
        }
        return i + 1;
    }

    /** An apostrophe ending before {@code next}: joins letters, separates elisions and other cases. */
    static void apostrophe(String s, int next, SlugBuilder out, Language lang) {
        boolean letterBefore = !out.atWordStart();
        boolean letterAfter = next < s.length() && Character.isLetterOrDigit(s.codePointAt(next));
        if (!letterBefore || !letterAfter || lang.elides(out.currentWord())) {
            out.boundary();
        }
    }

    /** The middle dot U+00B7 at {@code i}: joins two letters, separates otherwise. */
    static void middleDot(String s, int i, SlugBuilder out) {
        boolean letterAfter = i + 1 < s.length() && Character.isLetter(s.codePointAt(i + 1));
        if (out.atWordStart() || !letterAfter) {
            out.boundary();
        }
    }

    private static void ampersand(String s, int i, SlugBuilder out, Language lang) {
        boolean before = i > 0 && Character.isLetterOrDigit(s.codePointBefore(i));
        boolean after = i + 1 < s.length() && Character.isLetterOrDigit(s.codePointAt(i + 1));
        if (!before && !after) {
            out.boundary();
            out.append(lang.and());
            out.boundary();
        } else if (!before || !after) {
            out.boundary();
        }
    }

    private static boolean initialism(String s, int i) {
        int n = s.length();
        return i >= 1 && i + 1 < n && isAsciiLetter(s.charAt(i - 1)) && isAsciiLetter(s.charAt(i + 1))
                && (i < 2 || !Character.isLetterOrDigit(s.charAt(i - 2)))
                && (i + 2 >= n || !Character.isLetterOrDigit(s.charAt(i + 2)));
    }

    private static boolean digitGroup(String s, int i) {
        int n = s.length();
        if (i < 1 || i + 3 >= n) {
            return false;
        }
        return isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))
                && isDigit(s.charAt(i + 3)) && (i + 4 >= n || !isDigit(s.charAt(i + 4)));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
