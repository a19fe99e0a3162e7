package dev.byline.slug.internal;

import java.util.Set;

/**
 * German: {@code ä ö ü} are written {@code ae oe ue} (and {@code ß} is {@code ss}, as in every
 * language); "and" is {@code und}. Only German does this: Turkish, Finnish, Hungarian, Swedish
 * and the default rules write {@code a o u}.
 */
final class German {

    static final Language LANGUAGE = new Language("de", "und",
            Language.spellings("ä", "ae", "ö", "oe", "ü", "ue"), Russian.RULES, Set.of());

    private German() {}
}
