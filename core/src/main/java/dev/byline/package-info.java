/**
 * The byline article model: {@link dev.byline.Article}, {@link dev.byline.Author},
 * {@link dev.byline.Translation}, {@link dev.byline.RelatedPost} and the small value types
 * they are built from.
 *
 * <p>Every type here is immutable and thread-safe, rejects {@code null} (optional values are
 * {@link java.util.Optional}s), normalizes every string to Unicode NFC on construction and
 * checks its invariants when built. A broken invariant throws
 * {@link dev.byline.InvalidArticleException}, whose message names the attribute, the
 * (shortened) bad value and the rule. Values handed to the rest of the library (titles,
 * language tags, options) fail with its supertype {@link dev.byline.InvalidValueException} in the
 * same form. Limits on sizes are the constants of {@link dev.byline.Limits}.
 *
 * <p>Nothing in this package knows about JSON; the wire format lives in the
 * {@code dev.byline.jackson} module.
 */
@NullMarked
@BylineStyle
package dev.byline;

import org.jspecify.annotations.NullMarked;
