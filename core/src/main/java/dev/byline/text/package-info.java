/**
 * Text statistics of article bodies: plain text from HTML (with jsoup) and Markdown
 * ({@link dev.byline.text.PlainText}), word counts with ICU's word break rules, which segment
 * Thai, Chinese, Japanese and other languages written without spaces, reading time from
 * per-language and per-script reading speeds ({@link dev.byline.text.TextStats}), and
 * excerpts cut at a sentence or word boundary with the language's ellipsis
 * ({@link dev.byline.text.Excerpts}).
 *
 * <p>Everything here is immutable and thread-safe: ICU break iterators, which are not, are
 * cloned for each call from shared prototypes that are never used themselves. Language names
 * and negotiation live in {@code dev.byline.locale}.
 */
@NullMarked
package dev.byline.text;

import org.jspecify.annotations.NullMarked;
