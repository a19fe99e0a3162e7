package dev.byline.slug.internal;

import java.util.Set;

/**
 * Danish and Norwegian: {@code æ ø å} are written {@code ae oe aa}, as Danish and Norwegian
 * sites do ({@code København} is {@code koebenhavn}); "and" is {@code og}. Swedish, Finnish and
 * Icelandic keep the default spellings ({@code å ä ö} as {@code a a o}).
 */
final class Danish {

    static final Language DANISH = language("da");
    static final Language NORWEGIAN = language("no");
    static final Language BOKMAL = language("nb");
    static final Language NYNORSK = language("nn");

    private Danish() {}

    private static Language language(String code) {
        return new Language(code, "og", Language.spellings("æ", "ae", "ø", "oe", "å", "aa"), Russian.RULES, Set.of());
    }
}
