package dev.byline.slug.internal;

import java.util.Map;
import java.util.Set;

/**
 * Catalan: an apostrophe after an elided article or pronoun separates ({@code l'escola} is
 * {@code l-escola}, {@code d'or} {@code d-or}); the middle dot of {@code l·l} joins, as it does
 * between any two letters ({@code col·legi} is {@code collegi}); "and" is {@code i}.
 */
final class Catalan {

    static final Language LANGUAGE = new Language("ca", "i", Map.of(), Russian.RULES,
            Set.of("l", "d", "m", "n", "s", "t"));

    private Catalan() {}
}
