package dev.byline.slug.internal;

import java.util.Map;
import java.util.Set;

/**
 * French: an apostrophe after an elided word separates ({@code l'axe} is {@code l-axe},
 * {@code jusqu'ici} {@code jusqu-ici}); other apostrophes join, as in every language. "And" is
 * {@code et}.
 */
final class French {

    static final Language LANGUAGE = new Language("fr", "et", Map.of(), Russian.RULES,
            Set.of("c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"));

    private French() {}
}
