package dev.byline.related.internal;

import dev.byline.Article;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The options of one query, unpacked for the ranking loop. Not API.
 *
 * @param weights the weight of each signal, indexed by {@link RelatedIndex#TAGS} ...
 *     {@link RelatedIndex#SAME_LOCALE}; not modified
 * @param limit the most results
 * @param minRelevance the least sum of the weighted term signals a result needs
 * @param halfLifeSeconds the recency half-life in seconds, positive
 * @param now the current instant
 * @param reader the reader's locale
 * @param urlResolver gives a candidate's URL or empty
 */
public record QuerySettings(double[] weights, int limit, double minRelevance, double halfLifeSeconds, Instant now,
        Locale reader, Function<? super Article, Optional<URI>> urlResolver) {}
