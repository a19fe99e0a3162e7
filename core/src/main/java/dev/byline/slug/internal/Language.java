package dev.byline.slug.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a language changes in the slug rules: its word for "and", how some Latin letters are
 * spelled in ASCII (German {@code ä} as {@code ae}), how its Cyrillic is romanized, and which
 * elided words an apostrophe separates ({@code l'axe}). Everything a language does not set
 * follows the script's defaults. Immutable.
 */
public final class Language {

    /** The rules when the locale says nothing: English "and", script defaults everywhere. */
    static final Language DEFAULT = new Language("", "and", Map.of(), Russian.RULES, Set.of());

    private final String code;
    private final String and;
    private final Map<Character, String> latinSpellings;
    /** The Latin table with this language's spellings, built on first use (ASCII titles never need it). */
    private volatile @Nullable String @Nullable [] latin;
    private final ScriptRules cyrillic;
    private final Set<String> elisions;

    Language(String code, String and, Map<Character, String> latinSpellings, ScriptRules cyrillic,
            Set<String> elisions) {
        this.code = code;
        this.and = and;
        this.latinSpellings = Map.copyOf(latinSpellings);
        this.cyrillic = cyrillic;
        this.elisions = elisions;
    }

    /** A copy with another word for "and" (languages that only differ in that). */
    Language withAnd(String code, String word) {
        return new Language(code, word, latinSpellings, cyrillic, elisions);
    }

    /** The rules for a locale's language; the default rules for a language without any. */
    public static Language of(Locale locale) {
        return LanguageRules.of(locale.getLanguage());
    }

    /** The ISO 639 code, empty for the default rules. */
    public String code() {
        return code;
    }

    /** Whether this is one of the Turkic languages whose dotted and dotless i differ in case. */
    public boolean turkicCase() {
        return code.equals("tr") || code.equals("az");
    }

    String and() {
        return and;
    }

    /** The ASCII spelling of a Latin letter U+0080..U+024F or U+1E00..U+1EFF, or null. */
    @Nullable String latin(int cp) {
        @Nullable String[] table = latin;
        if (table == null) {
            table = LatinLetters.withSpellings(latinSpellings); // a race builds equal tables: harmless
            latin = table;
        }
        return table[LatinLetters.index(cp)];
    }

    ScriptRules cyrillic() {
        return cyrillic;
    }

    boolean elides(CharSequence word) {
        return !elisions.isEmpty() && elisions.contains(word.toString());
    }

    static Map<Character, String> spellings(String... pairs) {
        Map<Character, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i].charAt(0), pairs[i + 1]);
        }
        return m;
    }
}
