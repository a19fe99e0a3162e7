/**
 * The slug rules behind {@code dev.byline.slug.Slugger}: one small class per language or script
 * ({@code German}, {@code Turkish}, {@code Russian}, {@code Ukrainian}, {@code Greek},
 * {@code Chinese}, {@code Korean}, {@code Arabic}...), the tables they read, the output buffer and
 * the ICU fallback for scripts without a table. Not exported by the module; not API.
 */
@NullMarked
package dev.byline.slug.internal;

import org.jspecify.annotations.NullMarked;
