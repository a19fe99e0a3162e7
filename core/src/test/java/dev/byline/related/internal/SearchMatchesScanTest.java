package dev.byline.related.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.Slug;
import dev.byline.Status;
import dev.byline.Translation;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The posting-list search with early stopping returns exactly what scoring every article
 * returns, on random archives with shared ids, translation links, a few languages, skewed term
 * frequencies and varied options.
 */
class SearchMatchesScanTest {

    private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.forLanguageTag("tr"), Locale.forLanguageTag("ru")};
    private static final String[] WORDS = {"the", "and", "of", "moscow", "kabul", "border", "water", "river", "trade",
        "talks", "envoy", "winter", "summit", "grain", "dam", "railway", "oil", "gas", "aid", "election", "court"};
    private static final Instant NOW = Instant.parse("2023-01-01T00:00:00Z");

    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 30).mapToObj(Arguments::of);
    }

    /** A word picked with a skewed (roughly Zipf) distribution, so some words are very common. */
    private static String word(Random r, String[] words) {
        int i = (int) Math.min(words.length - 1, Math.floor(Math.pow(words.length, r.nextDouble())) - 1);
        return words[Math.max(0, i)];
    }

    private static List<Article> archive(Random r, int size) {
        return archive(r, size, WORDS);
    }

    /** Many words of very different frequencies: common words weigh little and are left unread. */
    private static String[] vocabulary(int size) {
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            words[i] = "w" + i;
        }
        return words;
    }

    private static List<Article> archive(Random r, int size, String[] words) {
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Locale locale = LOCALES[r.nextInt(LOCALES.length)];
            String id = "a" + (r.nextInt(4) == 0 && i > 0 ? r.nextInt(i) : i);
            String slug = "s" + i;
            StringBuilder title = new StringBuilder();
            for (int w = 0, n = 2 + r.nextInt(6); w < n; w++) {
                title.append(w == 0 ? "" : " ").append(word(r, words));
            }
            List<String> tags = new ArrayList<>();
            for (int t = 0, n = r.nextInt(4); t < n; t++) {
                String tag = "tag" + (int) Math.floor(Math.pow(40, r.nextDouble()));
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            List<Translation> translations = new ArrayList<>();
            if (r.nextInt(5) == 0) {
                Locale other = LOCALES[(List.of(LOCALES).indexOf(locale) + 1) % LOCALES.length];
                translations.add(Translation.builder().locale(other)
                        .url(URI.create("https://example.org/" + other.toLanguageTag() + "/s" + r.nextInt(size)))
                        .slug(Slug.of("s" + r.nextInt(size))).build());
            }
            Status status = r.nextInt(10) == 0 ? Status.DRAFT : Status.PUBLISHED;
            list.add(Article.builder()
                    .id(id)
                    .locale(locale)
                    .title(title.toString())
                    .slug(Slug.of(slug))
                    .summary(word(r, words) + " " + word(r, words) + " " + word(r, words) + " " + word(r, words))
                    .body(Body.of(BodyFormat.TEXT, "text"))
                    .status(status)
                    .published(OffsetDateTime.ofInstant(NOW.minusSeconds(r.nextInt(1000) * 86_400L - 5 * 86_400L),
                            ZoneOffset.UTC))
                    .canonicalUrl(r.nextInt(8) == 0 ? Optional.empty()
                            : Optional.of(URI.create("https://example.org/" + locale.toLanguageTag() + "/" + slug)))
                    .addAuthor(Author.builder().id("au" + r.nextInt(6)).name("Author").build())
                    .tags(tags)
                    .categories(List.of("cat" + r.nextInt(3)))
                    .translations(translations)
                    .build());
        }
        return list;
    }

    private static QuerySettings settings(Random r, Locale reader) {
        double[] weights = new double[RelatedIndex.SIGNALS];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = r.nextInt(5) == 0 ? 0.0 : r.nextDouble() * 2;
        }
        double minRelevance = r.nextBoolean() ? 0.0 : r.nextDouble() * 0.5;
        return new QuerySettings(weights, 1 + r.nextInt(12), minRelevance, 86_400.0 * (1 + r.nextInt(400)), NOW, reader,
                a -> a.canonicalUrl());
    }

    /** The search's results for a query, after checking that the scan gives the same. */
    private static List<RelatedIndex.Hit> searchMatchingScan(RelatedIndex index, Article query, QuerySettings settings, long seed,
            int q) {
        List<RelatedIndex.Hit> searched = index.search(query, settings);
        assertThat(describe(searched)).as("seed %d query %d", seed, q).isEqualTo(describe(index.scan(query, settings)));
        return searched;
    }

    private static List<String> describe(List<RelatedIndex.Hit> hits) {
        return hits.stream().map(h -> h.article().id() + "/" + h.article().locale().toLanguageTag() + "/" + h.article().slug()
                + "=" + h.score()).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void searchReturnsExactlyWhatAFullScanReturns(long seed) {
        Random r = new Random(seed);
        List<Article> archive = archive(r, 60 + r.nextInt(200));
        // short stretches, so that the search's stretch-by-stretch bounds are exercised
        RelatedIndex index = RelatedIndex.build(archive, 64 * (1 + r.nextInt(3)));
        int nonEmpty = 0;
        for (int q = 0; q < 25; q++) {
            Article query = archive.get(r.nextInt(archive.size()));
            QuerySettings settings = settings(r, LOCALES[r.nextInt(LOCALES.length)]);
            List<RelatedIndex.Hit> searched = searchMatchingScan(index, query, settings, seed, q);
            assertThat(searched.size()).isLessThanOrEqualTo(settings.limit());
            if (!searched.isEmpty()) {
                nonEmpty++;
            }
        }
        assertThat(nonEmpty).isGreaterThan(5);
    }

    @Test
    void stretchesMustBeAPositiveMultipleOf64() {
        List<Article> archive = archive(new Random(1), 10);
        assertThat(RelatedIndex.build(archive, 64).size()).isEqualTo(RelatedIndex.build(archive).size());
        for (int bad : new int[] {0, -64, 63, 100}) {
            assertThatThrownBy(() -> RelatedIndex.build(archive, bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("range must be a positive multiple of 64: " + bad);
        }
    }

    static Stream<Arguments> largeSeeds() {
        return LongStream.rangeClosed(101, 106).mapToObj(Arguments::of);
    }

    /** The default weights, limit and minimum relevance, where the search skips the most. */
    private static QuerySettings defaultSettings(Locale reader, int limit) {
        return new QuerySettings(new double[] {1.0, 0.5, 0.5, 1.0, 0.25, 0.5}, limit, 0.2, 365 * 86_400.0, NOW, reader,
                a -> a.canonicalUrl());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("largeSeeds")
    void searchMatchesScanOnLargerArchivesWithDefaultOptions(long seed) {
        Random r = new Random(seed);
        List<Article> archive = archive(r, 1500 + r.nextInt(1500), vocabulary(r.nextBoolean() ? 300 : 3000));
        RelatedIndex index = seed % 2 == 0 ? RelatedIndex.build(archive) : RelatedIndex.build(archive, 64 * (1 + r.nextInt(16)));
        int nonEmpty = 0;
        for (int q = 0; q < 200; q++) {
            Article query = archive.get(r.nextInt(archive.size()));
            QuerySettings settings = defaultSettings(r.nextBoolean() ? query.locale() : LOCALES[r.nextInt(LOCALES.length)],
                    1 + r.nextInt(8));
            List<RelatedIndex.Hit> searched = searchMatchingScan(index, query, settings, seed, q);
            if (searched.size() == settings.limit()) {
                nonEmpty++;
            }
        }
        assertThat(nonEmpty).isGreaterThan(150);
    }

    static Stream<Arguments> tieSeeds() {
        return LongStream.rangeClosed(201, 212).mapToObj(Arguments::of);
    }

    /**
     * Few terms and few dates, so many articles tie on their terms and the bonuses decide; the
     * best ones are then rarely among the first groups the search scores, and its bounds per
     * stretch, per 64 articles and per article decide what it finds.
     */
    private static List<Article> tiedArchive(Random r, int size) {
        String[] words = {"the", "river", "dam", "grain", "oil", "court"};
        List<Article> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Locale locale = LOCALES[r.nextInt(LOCALES.length)];
            String id = "a" + (r.nextInt(6) == 0 && i > 0 ? r.nextInt(i) : i);
            StringBuilder title = new StringBuilder("the");
            for (int w = 0, n = r.nextInt(3); w < n; w++) {
                title.append(' ').append(word(r, words));
            }
            List<String> tags = new ArrayList<>();
            for (int t = 0, n = r.nextInt(3); t < n; t++) {
                String tag = "tag" + r.nextInt(4);
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            list.add(Article.builder()
                    .id(id)
                    .locale(locale)
                    .title(title.toString())
                    .slug(Slug.of("s" + i))
                    .body(Body.of(BodyFormat.TEXT, "text"))
                    .status(Status.PUBLISHED)
                    .published(OffsetDateTime.ofInstant(NOW.minusSeconds(r.nextInt(12) * 30 * 86_400L - 86_400L),
                            ZoneOffset.UTC))
                    .canonicalUrl(r.nextInt(10) == 0 ? Optional.empty()
                            : Optional.of(URI.create("https://example.org/" + locale.toLanguageTag() + "/s" + i)))
                    .addAuthor(Author.builder().id("au" + r.nextInt(3)).name("Author").build())
                    .tags(tags)
                    .categories(List.of("cat" + r.nextInt(2)))
                    .build());
        }
        return list;
    }

    private static QuerySettings tiedSettings(Random r, Locale reader) {
        double[] choices = {0.0, 0.25, 0.5, 1.0, 2.0};
        double[] weights = new double[RelatedIndex.SIGNALS];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = choices[r.nextInt(choices.length)];
        }
        double[] minRelevance = {0.0, 0.05, 0.2, 0.5};
        double[] halfLives = {1, 30, 365};
        return new QuerySettings(weights, 1 + r.nextInt(3), minRelevance[r.nextInt(minRelevance.length)],
                86_400.0 * halfLives[r.nextInt(halfLives.length)], NOW, reader, a -> a.canonicalUrl());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("tieSeeds")
    void searchMatchesScanWhenManyArticlesTieOnTheirTerms(long seed) {
        Random r = new Random(seed);
        List<Article> archive = tiedArchive(r, 200 + r.nextInt(300));
        RelatedIndex index = RelatedIndex.build(archive, 64 * (1 + r.nextInt(2)));
        int full = 0;
        for (int q = 0; q < 40; q++) {
            Article query = archive.get(r.nextInt(archive.size()));
            if (r.nextBoolean()) {
                // not indexed: another id, slug and URL, the same terms
                query = query.withId("query").withSlug(Slug.of("query")).withCanonicalUrl(Optional.empty());
            }
            QuerySettings settings = tiedSettings(r, LOCALES[r.nextInt(LOCALES.length)]);
            List<RelatedIndex.Hit> searched = searchMatchingScan(index, query, settings, seed, q);
            if (searched.size() == settings.limit()) {
                full++;
            }
        }
        assertThat(full).isGreaterThan(20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anIndexedArticleAndAnUnindexedOneWithTheSameTermsGetTheSameResults(long seed) {
        Random r = new Random(seed);
        List<Article> archive = archive(r, 60 + r.nextInt(200));
        RelatedIndex index = RelatedIndex.build(archive);
        for (int q = 0; q < 10; q++) {
            Article indexed = archive.get(r.nextInt(archive.size()));
            // the body is not indexed: the same terms, ids and editions, but not an indexed article
            Article other = indexed.withBody(Body.of(BodyFormat.TEXT, "another body"));
            QuerySettings settings = settings(r, LOCALES[r.nextInt(LOCALES.length)]);
            assertThat(describe(index.search(other, settings))).as("seed %d query %d", seed, q)
                    .isEqualTo(describe(index.search(indexed, settings)))
                    .isEqualTo(describe(index.scan(other, settings)));
        }
    }
}
