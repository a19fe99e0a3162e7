/**
 * The machinery behind {@code dev.byline.related}: word breaking and case folding for terms,
 * the inverted index, edition grouping and the ranking loop. Not exported by the module; not
 * API. Nothing here is stable.
 */
@NullMarked
package dev.byline.related.internal;

import org.jspecify.annotations.NullMarked;
