/**
 * Similar posts: ranks the articles of an archive by how related they are to a given article,
 * across languages, to fill the "Similar Posts" block of a page.
 *
 * <p>{@link dev.byline.related.RelatedPosts#index(java.util.Collection)} builds an immutable
 * index once; {@link dev.byline.related.RelatedPosts#find(dev.byline.Article)} queries it as
 * often as needed, from any number of threads, and returns
 * {@link dev.byline.related.ScoredPost} values (a {@link dev.byline.RelatedPost} with its
 * score). What counts, and how much, is set by an immutable
 * {@link dev.byline.related.RelatedOptions}; the signals are listed by
 * {@link dev.byline.related.Signal}.
 *
 * <p>This package holds no state of its own and knows nothing of JSON or storage.
 */
@NullMarked
package dev.byline.related;

import org.jspecify.annotations.NullMarked;
