package dev.byline.related.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.Slug;
import dev.byline.Status;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exact scores, signals and order on small hand-made archives, by the search and by the full
 * scan alike (both must give these values, not merely agree with each other).
 */
class RelatedIndexTest {

    private static final Instant NOW = Instant.parse("2023-01-01T00:00:00Z");
    private static final long DAY = 86_400L;
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale TR = Locale.forLanguageTag("tr");
    private static final Locale DE = Locale.GERMAN;
    private static final double[] DEFAULT_WEIGHTS = {1.0, 0.5, 0.5, 1.0, 0.25, 0.5};

    static Article article(String id, Locale locale, String title, Instant published, List<String> tags,
            List<String> categories, String... authors) {
        Article.Builder b = Article.builder()
                .id(id)
                .locale(locale)
                .title(title)
                .slug(Slug.of(id))
                .body(Body.of(BodyFormat.TEXT, "text"))
                .status(Status.PUBLISHED)
                .published(OffsetDateTime.ofInstant(published, ZoneOffset.UTC))
                .canonicalUrl(URI.create("https://example.org/" + locale.toLanguageTag() + "/" + id))
                .tags(tags)
                .categories(categories);
        // a published article needs an author: without one given, its own (shared with no other id)
        for (String author : authors.length == 0 ? new String[] {"by-" + id} : authors) {
            b.addAuthor(Author.builder().id(author).name("Author " + author).build());
        }
        return b.build();
    }

    private static Instant daysAgo(long days) {
        return NOW.minusSeconds(days * DAY);
    }

    private static QuerySettings settings(double[] weights, int limit, double minRelevance, Locale reader) {
        return new QuerySettings(weights, limit, minRelevance, 10.0 * DAY, NOW, reader, a -> a.canonicalUrl());
    }

    private static double idf(int n, int df) {
        return Math.log1p((double) n / df);
    }

    /** The search's or the scan's results. */
    private static List<RelatedIndex.Hit> rank(RelatedIndex index, Article query, QuerySettings settings, boolean scan) {
        return scan ? index.scan(query, settings) : index.search(query, settings);
    }

    private static List<String> ids(List<RelatedIndex.Hit> hits) {
        return hits.stream().map(h -> h.article().id() + "/" + h.article().locale().toLanguageTag())
                .collect(Collectors.toList());
    }

    private static RelatedIndex.Hit hit(List<RelatedIndex.Hit> hits, String id) {
        return hits.stream().filter(h -> h.article().id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Five articles: q (the query), three that share a tag, a category, an author or a word with
     * it, and one that shares nothing.
     */
    private static List<Article> fiveArticles() {
        return List.of(
                article("q", EN, "Alpha bravo", daysAgo(1), List.of("x", "y"), List.of("news"), "ann"),
                article("c1", EN, "Alpha charlie", daysAgo(10), List.of("x"), List.of("news"), "bob"),
                article("c2", TR, "Delta", daysAgo(20), List.of("x", "z"), List.of("sport"), "ann"),
                article("c3", EN, "Echo", daysAgo(30), List.of("w"), List.of("news"), "cy"),
                article("c4", EN, "Foxtrot", daysAgo(40), List.of("v"), List.of("sport"), "dee"));
    }

    @ParameterizedTest(name = "scan {0}")
    @ValueSource(booleans = {false, true})
    void signalsAreWeightedIdfCosinesPerKindAndBonusesAddUp(boolean scan) {
        RelatedIndex index = RelatedIndex.build(fiveArticles());
        assertThat(index.size()).isEqualTo(5);
        assertThat(index.groups()).isEqualTo(5);
        // tags x y z w v, categories news sport, authors ann bob cy dee, words alpha bravo charlie delta echo foxtrot
        assertThat(index.terms()).isEqualTo(17);

        List<RelatedIndex.Hit> hits = rank(index, fiveArticles().get(0), settings(DEFAULT_WEIGHTS, 10, 0.0, EN), scan);
        // c4 shares nothing; q is the query itself
        assertThat(ids(hits)).containsExactly("c1/en", "c3/en", "c2/tr");

        int n = 5;
        double x = idf(n, 3);
        double one = idf(n, 1);
        double news = idf(n, 3);
        double ann = idf(n, 2);
        double alpha = idf(n, 2);
        double queryTags = Math.sqrt(x * x + one * one);
        double queryText = Math.sqrt(alpha * alpha + one * one);

        RelatedIndex.Hit c1 = hit(hits, "c1");
        assertThat(c1.signals()[RelatedIndex.TAGS]).isCloseTo(x * x / (queryTags * x), within(1e-12));
        assertThat(c1.signals()[RelatedIndex.CATEGORIES]).isCloseTo(0.5 * news * news / (news * news), within(1e-12));
        assertThat(c1.signals()[RelatedIndex.AUTHORS]).isZero();
        assertThat(c1.signals()[RelatedIndex.TEXT]).isCloseTo(alpha * alpha / (queryText * Math.sqrt(alpha * alpha + one * one)),
                within(1e-12));
        // ten days old with a ten-day half-life; English like the reader
        assertThat(c1.signals()[RelatedIndex.RECENCY]).isEqualTo(0.125);
        assertThat(c1.signals()[RelatedIndex.SAME_LOCALE]).isEqualTo(0.5);
        assertThat(c1.score()).isCloseTo(sum(c1.signals()), within(1e-12));
        assertThat(c1.url()).isEqualTo(URI.create("https://example.org/en/c1"));

        RelatedIndex.Hit c2 = hit(hits, "c2");
        assertThat(c2.signals()[RelatedIndex.TAGS]).isCloseTo(x * x / (queryTags * Math.sqrt(x * x + one * one)),
                within(1e-12));
        assertThat(c2.signals()[RelatedIndex.CATEGORIES]).isZero();
        assertThat(c2.signals()[RelatedIndex.AUTHORS]).isCloseTo(0.5, within(1e-12));
        assertThat(c2.signals()[RelatedIndex.TEXT]).isZero();
        assertThat(c2.signals()[RelatedIndex.RECENCY]).isEqualTo(0.0625);
        assertThat(c2.signals()[RelatedIndex.SAME_LOCALE]).isZero();
        assertThat(c2.score()).isCloseTo(sum(c2.signals()), within(1e-12));
        assertThat(ann).isPositive();

        RelatedIndex.Hit c3 = hit(hits, "c3");
        assertThat(c3.signals()).containsExactly(new double[] {0, 0.5, 0, 0, 0.03125, 0.5}, within(1e-12));
        assertThat(c3.score()).isCloseTo(1.03125, within(1e-12));
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    @ParameterizedTest(name = "scan {0}")
    @ValueSource(booleans = {false, true})
    void anUnknownQueryTermCountsInTheQuerysNormWithTheIdfOfATermNoArticleHas(boolean scan) {
        RelatedIndex index = RelatedIndex.build(fiveArticles());
        Article query = article("new", EN, "Kilo", NOW, List.of("x", "novel"), List.of(), "zed");
        double[] tagsOnly = {1.0, 0, 0, 0, 0, 0};
        List<RelatedIndex.Hit> hits = rank(index, query, settings(tagsOnly, 10, 0.0, EN), scan);
        // q and c2 tie (the same tag norm): the later publication first
        assertThat(ids(hits)).containsExactly("c1/en", "q/en", "c2/tr");
        double x = idf(5, 3);
        double unknown = Math.log1p(5);
        double queryTags = Math.sqrt(x * x + unknown * unknown);
        assertThat(hit(hits, "c1").score()).isCloseTo(x * x / (queryTags * x), within(1e-12));
        assertThat(hit(hits, "q").score()).isCloseTo(x * x / (queryTags * Math.sqrt(x * x + idf(5, 1) * idf(5, 1))),
                within(1e-12));
    }

    @ParameterizedTest(name = "scan {0}")
    @ValueSource(booleans = {false, true})
    void aCandidateExactlyAtTheMinimumRelevanceIsReturnedAndOneJustBelowIsNot(boolean scan) {
        RelatedIndex index = RelatedIndex.build(fiveArticles());
        Article query = fiveArticles().get(0);
        double c3Relevance = hit(index.scan(query, settings(DEFAULT_WEIGHTS, 10, 0.0, EN)), "c3")
                .signals()[RelatedIndex.CATEGORIES];
        assertThat(ids(rank(index, query, settings(DEFAULT_WEIGHTS, 10, c3Relevance, EN), scan))).contains("c3/en");
        assertThat(ids(rank(index, query, settings(DEFAULT_WEIGHTS, 10, Math.nextUp(c3Relevance), EN), scan)))
                .doesNotContain("c3/en");
    }

    @ParameterizedTest(name = "scan {0}")
    @ValueSource(booleans = {false, true})
    void anArticlePublishedAtTheClocksInstantIsReturnedAndOneASecondLaterIsNot(boolean scan) {
        Article query = article("q", EN, "Alpha", daysAgo(1), List.of("x"), List.of());
        Article now = article("now", EN, "Bravo", NOW, List.of("x"), List.of());
        Article later = article("later", EN, "Charlie", NOW.plusSeconds(1), List.of("x"), List.of());
        RelatedIndex index = RelatedIndex.build(List.of(query, now, later));
        List<RelatedIndex.Hit> hits = rank(index, query, settings(DEFAULT_WEIGHTS, 10, 0.0, EN), scan);
        assertThat(ids(hits)).containsExactly("now/en");
        // published now: the full recency weight
        assertThat(hits.get(0).signals()[RelatedIndex.RECENCY]).isEqualTo(0.25);
    }

    @ParameterizedTest(name = "scan {0}")
    @ValueSource(booleans = {false, true})
    void aWordOfTheSubtitleIsATerm(boolean scan) {
        Article query = article("q", EN, "Alpha", daysAgo(1), List.of(), List.of()).withSubtitle("Golf course");
        Article other = article("o", EN, "Hotel", daysAgo(2), List.of(), List.of()).withSubtitle("Golf");
        Article none = article("n", EN, "India", daysAgo(2), List.of(), List.of());
        RelatedIndex index = RelatedIndex.build(List.of(query, other, none));
        List<RelatedIndex.Hit> hits = rank(index, query, settings(DEFAULT_WEIGHTS, 10, 0.0, EN), scan);
        assertThat(ids(hits)).containsExactly("o/en");
        assertThat(hits.get(0).signals()[RelatedIndex.TEXT]).isPositive();
    }

    @ParameterizedTest(name = "scan {0}")
    @ValueSource(booleans = {false, true})
    void betweenEqualScoresTheLaterInstantWinsEvenWithinTheSameSecond(boolean scan) {
        Article query = article("q", EN, "Alpha", daysAgo(1), List.of("x"), List.of());
        Instant second = daysAgo(2);
        // "a" would win on id; "b" is 0.8 s later within the same second
        Article a = article("a", EN, "Bravo", second.plusMillis(100), List.of("x"), List.of());
        Article b = article("b", EN, "Charlie", second.plusMillis(900), List.of("x"), List.of());
        RelatedIndex index = RelatedIndex.build(List.of(query, a, b));
        double[] noRecency = {1.0, 0.5, 0.5, 1.0, 0.0, 0.5};
        List<RelatedIndex.Hit> hits = rank(index, query, settings(noRecency, 10, 0.0, EN), scan);
        assertThat(hits.get(0).score()).isEqualTo(hits.get(1).score());
        assertThat(ids(hits)).containsExactly("b/en", "a/en");
    }

    @ParameterizedTest(name = "scan {0}")
    @ValueSource(booleans = {false, true})
    void betweenEqualEditionsTheLanguageTagThenTheCanonicalUrlDecides(boolean scan) {
        Article query = article("q", EN, "Alpha", daysAgo(1), List.of("x"), List.of());
        Instant date = daysAgo(2);
        // one article (same id) in German and English, same terms and date; a French reader has
        // neither, so the better edition is returned: "de" before "en", whatever the URLs say
        Article en = article("e", EN, "Bravo", date, List.of("x"), List.of())
                .withCanonicalUrl(URI.create("https://example.org/a/e"));
        Article de = article("e", DE, "Bravo", date, List.of("x"), List.of())
                .withCanonicalUrl(URI.create("https://example.org/z/e"));
        List<RelatedIndex.Hit> hits = rank(RelatedIndex.build(List.of(query, en, de)),
                query, settings(DEFAULT_WEIGHTS, 10, 0.0, Locale.FRENCH), scan);
        assertThat(ids(hits)).containsExactly("e/de");

        // the same language: the smaller canonical URL, even though it comes later in the collection
        Article later = en.withCanonicalUrl(URI.create("https://example.org/b/e")).withSlug(Slug.of("e2"));
        Article earlier = en.withCanonicalUrl(URI.create("https://example.org/c/e"));
        for (Locale reader : new Locale[] {EN, Locale.FRENCH}) {
            List<RelatedIndex.Hit> same = rank(RelatedIndex.build(List.of(query, earlier, later)),
                query, settings(DEFAULT_WEIGHTS, 10, 0.0, reader), scan);
            assertThat(same).hasSize(1);
            assertThat(same.get(0).article()).isSameAs(later);
        }
    }

    @ParameterizedTest(name = "scan {0}")
    @ValueSource(booleans = {false, true})
    void moreThanAThousandDistinctTermsAreIndexed(boolean scan) {
        List<Article> archive = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            List<String> tags = new ArrayList<>();
            for (int t = 0; t < 400; t++) {
                tags.add("t" + a + "x" + t);
            }
            tags.add("shared");
            archive.add(article("a" + a, EN, "Word" + a, daysAgo(a + 1), tags, List.of()));
        }
        RelatedIndex index = RelatedIndex.build(archive);
        // 1201 tags, three authors and three words
        assertThat(index.terms()).isEqualTo(1207);
        Article query = article("q", EN, "Query", NOW, List.of("t2x399", "shared"), List.of());
        List<RelatedIndex.Hit> hits = rank(index, query, settings(DEFAULT_WEIGHTS, 10, 0.0, EN), scan);
        assertThat(ids(hits)).containsExactly("a2/en", "a0/en", "a1/en");
        assertThat(hits.get(0).signals()[RelatedIndex.TAGS]).isGreaterThan(hits.get(1).signals()[RelatedIndex.TAGS]);
    }

    @ParameterizedTest(name = "scan {0}")
    @ValueSource(booleans = {false, true})
    void anArticleWithoutACanonicalUrlIsSkippedForTheNextBest(boolean scan) {
        Article query = article("q", EN, "Alpha", daysAgo(1), List.of("x", "y"), List.of());
        Article best = article("best", EN, "Bravo", daysAgo(2), List.of("x", "y"), List.of()).withCanonicalUrl(Optional.empty());
        Article next = article("next", EN, "Charlie", daysAgo(3), List.of("x"), List.of());
        List<RelatedIndex.Hit> hits = rank(RelatedIndex.build(List.of(query, best, next)),
                query, settings(DEFAULT_WEIGHTS, 1, 0.0, EN), scan);
        assertThat(ids(hits)).containsExactly("next/en");
    }
}
