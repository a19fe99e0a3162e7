package dev.byline.slug.internal;

import java.util.Map;
import java.util.Set;

/**
 * Italian: an apostrophe after an elided article or preposition separates
 * ({@code l'Italia} is {@code l-italia}, {@code dell'anno} {@code dell-anno}); "and" is
 * {@code e}.
 */
final class Italian {

    static final Language LANGUAGE = new Language("it", "e", Map.of(), Russian.RULES,
            Set.of("l", "d", "c", "s", "m", "t", "v", "un", "all", "dall", "dell", "nell", "sull", "coll",
                    "quell", "quest", "bell", "sant", "nessun", "ciascun", "tutt"));

    private Italian() {}
}
