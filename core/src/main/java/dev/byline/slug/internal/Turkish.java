package dev.byline.slug.internal;

import java.util.Map;
import java.util.Set;

/**
 * Turkish and Azerbaijani: dotless {@code ı}, dotted {@code İ} and plain {@code I} are all
 * {@code i} in ASCII slugs (the default Latin table already says so, and ASCII lowercasing never
 * goes through the locale's case rules); {@code ç ğ ö ş ü} lose their marks; "and" is
 * {@code ve}. In Unicode slugs, lowercasing follows Turkish rules ({@code I} becomes {@code ı},
 * {@code İ} becomes {@code i}), see {@link Language#turkicCase()}. Apostrophes before suffixes
 * join: {@code İstanbul'da} is {@code istanbulda}.
 */
final class Turkish {

    static final Language TURKISH = new Language("tr", "ve", Map.of(), Russian.RULES, Set.of());
    static final Language AZERBAIJANI = new Language("az", "ve", Map.of(), Russian.RULES, Set.of());

    private Turkish() {}
}
