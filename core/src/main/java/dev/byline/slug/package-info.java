/**
 * Slugs from titles in every language: {@link dev.byline.slug.Slugger}.
 *
 * <p>{@code Slugger.forLocale(locale).slugify(title)} gives a lowercase ASCII
 * {@link dev.byline.Slug} such as {@code moscow-and-the-taliban}; the locale picks the rules
 * (German {@code ä} as {@code ae}, Turkish {@code ı} as {@code i}, Russian by BGN/PCGN,
 * Ukrainian by its national system...) and where it says nothing the script of the text decides.
 * {@code Slugger.builder()} sets the separator, the maximum length, Unicode slugs, replacements,
 * reserved words and a fallback. Everything here is immutable and thread-safe; the rules
 * themselves live in an internal package that is not exported.
 */
@NullMarked
package dev.byline.slug;

import org.jspecify.annotations.NullMarked;
