package dev.byline.related;

import static dev.byline.related.Archive.EN;
import static dev.byline.related.Archive.KARIMI;
import static dev.byline.related.Archive.RU;
import static dev.byline.related.Archive.TR;
import static dev.byline.related.Archive.article;
import static dev.byline.related.Archive.ids;
import static dev.byline.related.Archive.options;
import static dev.byline.related.Archive.translation;
import static dev.byline.related.Archive.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.byline.Article;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.InvalidValueException;
import dev.byline.RelatedPost;
import dev.byline.Slug;
import dev.byline.Status;
import dev.byline.Translation;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelatedPostsTest {

    private static final RelatedPosts ARCHIVE = RelatedPosts.index(Archive.all(), options());

    private static List<String> idsOf(List<ScoredPost> posts) {
        return posts.stream().map(p -> p.article().id()).collect(Collectors.toList());
    }

    // --- the right answers in three languages ---

    @Test
    void englishReaderGetsTheEnglishPostsOnTheSameSubjectBestFirst() {
        List<ScoredPost> found = ARCHIVE.find(Archive.query());
        assertThat(found).hasSize(5);
        // same tags, same author, same section, recent: clearly the closest
        assertThat(ids(found).get(0)).isEqualTo("taliban-recognition/en");
        assertThat(ids(found)).containsExactlyInAnyOrder("taliban-recognition/en", "durand-line/en",
                "taliban-1990s/en", "kabul-embassies/en", "russia-security-umbrella/en");
        assertThat(found).extracting(p -> p.score()).isSortedAccordingTo(Collections.reverseOrder());
    }

    @Test
    void unrelatedSubjectsNeverComeUpEvenWithRoomToSpare() {
        List<ScoredPost> found = ARCHIVE.withOptions(options().withLimit(100)).find(Archive.query());
        assertThat(idsOf(found)).doesNotContain("euro-inflation", "winter-cup", "jazz-festival", "arctic-ice",
                "chess-olympiad", "tea-harvest", "istanbul-culture", "lira-inflation", "izmir-football",
                "ballet-season", "ruble-rate", "hockey-league");
        assertThat(idsOf(found)).contains("amu-darya", "taliban-recognition", "durand-line");
    }

    @Test
    void turkishReaderGetsTheTurkishEditionWhereOneExists() {
        List<ScoredPost> found = ARCHIVE.find(Archive.queryTurkish());
        assertThat(ids(found).get(0)).isEqualTo("taliban-recognition/tr");
        assertThat(ids(found)).contains("turkiye-afghanistan-aid/tr");
        // the English edition of taliban-recognition is not offered: the reader has a Turkish one
        assertThat(ids(found)).doesNotContain("taliban-recognition/en");
        assertThat(found.get(0).post().locale()).contains(TR);
    }

    @Test
    void russianReaderGetsRussianPostsFirstAndOneEditionOfEachArticle() {
        List<ScoredPost> found = ARCHIVE.find(Archive.queryRussian());
        assertThat(ids(found).subList(0, 2)).containsExactly("russia-taliban-talks/ru", "durand-line/ru");
        assertThat(idsOf(found)).doesNotHaveDuplicates();
        assertThat(ids(found)).doesNotContain("durand-line/en");
    }

    @Test
    void theReaderLocaleOptionOverridesTheQueriedArticlesLanguage() {
        List<ScoredPost> found = ARCHIVE.withOptions(options().withReaderLocale(TR)).find(Archive.query());
        // asked from the English edition, for a Turkish reader: the Turkish edition, not the English one
        assertThat(ids(found)).contains("taliban-recognition/tr").doesNotContain("taliban-recognition/en");
        assertThat(found.get(0).signal(Signal.SAME_LOCALE)).isEqualTo(0.5);
    }

    @Test
    void aRegionalReaderLocaleCountsAsItsLanguage() {
        List<ScoredPost> plain = ARCHIVE.find(Archive.query());
        List<ScoredPost> british = ARCHIVE.withOptions(options().withReaderLocale(Locale.UK)).find(Archive.query());
        assertThat(ids(british)).isEqualTo(ids(plain));
        assertThat(british.get(0).signal(Signal.SAME_LOCALE)).isEqualTo(0.5);
    }

    @Test
    void aReaderWithoutEditionsInTheirLanguageGetsOneEditionOfEachArticle() {
        List<ScoredPost> found = ARCHIVE.withOptions(options().withReaderLocale(Locale.FRENCH).withLimit(50))
                .find(Archive.query());
        assertThat(idsOf(found)).doesNotHaveDuplicates().contains("taliban-recognition", "durand-line");
        assertThat(found).allSatisfy(p -> assertThat(p.signal(Signal.SAME_LOCALE)).isZero());
    }

    @Test
    void aForeignEditionIsOfferedOnlyWhenTheArticleHasNoEditionInTheReadersLanguage() {
        Article query = article("q", EN, "q", "Glaciers of the Pamir", "Ice loss in the Pamir mountains.",
                "2022-12-01", List.of("Pamir", "Glaciers"), List.of("Science"), KARIMI);
        // only Turkish and Russian editions, no English: one of them is offered, the better
        Article tr = article("pamir-ice", TR, "pamir-buzullari", "Pamir buzulları", "Pamir dağlarında buz kaybı.",
                "2022-11-01", List.of("Pamir", "Glaciers"), List.of("Science"), KARIMI);
        Article ru = article("pamir-ice", RU, "ledniki-pamira", "Ледники Памира", "Потеря льда в горах Памира.",
                "2022-11-02", List.of("Pamir"), List.of("Science"), KARIMI);
        // a Turkish article whose English edition exists but is not in the archive: not offered
        Article trOnlyHere = article("pamir-rivers", TR, "pamir-nehirleri", "Pamir nehirleri", "Pamir'in suları.",
                "2022-11-03", List.of("Pamir", "Glaciers"), List.of("Science"), KARIMI)
                .withTranslations(translation(EN, "rivers-of-the-pamir"));
        List<ScoredPost> found = RelatedPosts.index(List.of(query, tr, ru, trOnlyHere), options()).find(query);
        assertThat(ids(found)).containsExactly("pamir-ice/tr");
        assertThat(found.get(0).signal(Signal.TAGS)).isGreaterThan(0.0);
    }

    // --- exclusions ---

    @Test
    void neverReturnsTheArticleItsEditionsOrArticlesThatAreNotPublic() {
        List<ScoredPost> found = ARCHIVE.withOptions(options().withLimit(1000).withMinRelevance(0)).find(Archive.query());
        assertThat(idsOf(found)).doesNotContain("moscow-taliban", "moscow-taliban-print", "moscow-taliban-uz",
                "taliban-draft", "taliban-withdrawn", "taliban-scheduled", "taliban-embargo");
        assertThat(found.size()).isGreaterThan(10);
    }

    @Test
    void theExcludedEditionsAreFoundFromAnotherArticle() {
        // the same articles are not excluded by accident: asked from elsewhere, they come up
        Article other = ARCHIVE.find(Archive.query()).get(0).article();
        List<ScoredPost> found = ARCHIVE.withOptions(options().withLimit(50)).find(other);
        // one edition of the moscow-taliban article (which has five), not none and not several
        assertThat(idsOf(found)).filteredOn(id -> id.startsWith("moscow-taliban")).hasSize(1);
        assertThat(idsOf(found)).doesNotContain("taliban-draft", "taliban-withdrawn", "taliban-scheduled",
                "taliban-embargo");
    }

    @Test
    void anEmbargoedArticleComesUpOnceTheClockPassesItsDateButAScheduledOneNever() {
        Clock later = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
        List<ScoredPost> found = ARCHIVE.withOptions(options().withClock(later).withLimit(50)).find(Archive.query());
        assertThat(idsOf(found)).contains("taliban-embargo").doesNotContain("taliban-scheduled");
    }

    @Test
    void aDraftCanBeQueriedForItsFutureRelatedPosts() {
        Article draft = Archive.query().withId("new-draft").withSlug(Slug.of("new-draft")).withStatus(Status.DRAFT)
                .withTranslations(List.of()).withCanonicalUrl(Optional.empty());
        List<ScoredPost> found = ARCHIVE.find(draft);
        // not an edition of moscow-taliban (other id, slug and URL, no translations), so an edition of
        // that article is the best match
        assertThat(idsOf(found).get(0)).startsWith("moscow-taliban");
        assertThat(found.get(0).signal(Signal.TEXT)).isGreaterThan(0.5);
    }

    /** The ways two articles can be editions of one another, each tried alone. */
    enum Link {
        SAME_ID(c -> c.withId("q")),
        SAME_CANONICAL_URL(c -> c.withCanonicalUrl(url(EN, "query"))),
        QUERY_LISTS_CANDIDATE_URL(c -> c),
        QUERY_LISTS_CANDIDATE_LOCALE_AND_SLUG(c -> c),
        CANDIDATE_LISTS_QUERY_URL(c -> c.withTranslations(Translation.of(EN, url(EN, "query")))),
        CANDIDATE_LISTS_QUERY_LOCALE_AND_SLUG(c -> c.withTranslations(Translation.builder().locale(EN)
                .url(URI.create("https://elsewhere.example.net/q")).slug(Slug.of("query")).build())),
        BOTH_LIST_THE_SAME_URL(c -> c.withTranslations(Translation.of(RU, url(RU, "zapros")))),
        BOTH_LIST_THE_SAME_LOCALE_AND_SLUG(c -> c.withTranslations(Translation.builder().locale(RU)
                .url(URI.create("https://elsewhere.example.net/r")).slug(Slug.of("zapros")).build()));

        final UnaryOperator<Article> candidate;

        Link(UnaryOperator<Article> candidate) {
            this.candidate = candidate;
        }

        Article query() {
            Article q = article("q", EN, "query", "Snow leopards of the Pamir", "Camera traps count snow leopards.",
                    "2022-12-01", List.of("Pamir", "Wildlife"), List.of("Science"), KARIMI);
            switch (this) {
                case QUERY_LISTS_CANDIDATE_URL:
                    return q.withTranslations(Translation.of(TR, url(TR, "kar-leoparlari")));
                case QUERY_LISTS_CANDIDATE_LOCALE_AND_SLUG:
                    return q.withTranslations(Translation.builder().locale(TR)
                            .url(URI.create("https://elsewhere.example.net/t")).slug(Slug.of("kar-leoparlari")).build());
                case BOTH_LIST_THE_SAME_URL:
                    return q.withTranslations(Translation.of(RU, url(RU, "zapros")));
                case BOTH_LIST_THE_SAME_LOCALE_AND_SLUG:
                    return q.withTranslations(translation(RU, "zapros"));
                default:
                    return q;
            }
        }
    }

    private static Article leopardsInTurkish() {
        return article("c", TR, "kar-leoparlari", "Pamir'in kar leoparları", "Kameralar kar leoparlarını sayıyor.",
                "2022-11-20", List.of("Pamir", "Wildlife"), List.of("Science"), KARIMI);
    }

    @ParameterizedTest
    @EnumSource(Link.class)
    void everyEditionRuleExcludesTheLinkedArticle(Link link) {
        Article query = link.query();
        Article unlinked = leopardsInTurkish();
        Article linked = link.candidate.apply(unlinked);
        RelatedOptions all = options().withMinRelevance(0);
        assertThat(RelatedPosts.rank(query, List.of(query, linked), all)).isEmpty();
        // the control: the same two articles without the link are related
        Article plainQuery = article("q", EN, "query", "Snow leopards of the Pamir",
                "Camera traps count snow leopards.", "2022-12-01", List.of("Pamir", "Wildlife"), List.of("Science"),
                KARIMI);
        assertThat(RelatedPosts.rank(plainQuery, List.of(plainQuery, unlinked), all)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Link.class)
    void everyEditionRuleExcludesTheLinkedArticleAlsoWhenTheQueryIsNotIndexed(Link link) {
        Article query = link.query();
        Article linked = link.candidate.apply(leopardsInTurkish());
        // a newer Turkish article on the subject comes first among the groups; it is not linked
        Article other = article("other", TR, "pamir-leoparlari", "Pamir'in kar leoparları yeniden",
                "Kameralar kar leoparlarını sayıyor.", "2022-11-25", List.of("Pamir", "Wildlife"), List.of("Science"),
                KARIMI);
        // a French reader, so that no edition is set aside for being in another language than the reader's
        RelatedOptions all = options().withMinRelevance(0).withReaderLocale(Locale.FRENCH);
        assertThat(idsOf(RelatedPosts.rank(query, List.of(linked, other), all))).containsExactly("other");
        // the control: without the link both come up
        assertThat(idsOf(RelatedPosts.rank(Link.SAME_ID.query(), List.of(leopardsInTurkish(), other), all)))
                .containsExactlyInAnyOrder("c", "other");
    }

    @Test
    void aTranslationListingAnotherArticlesLocaleAndSlugLinksTheTwoInTheArchive() {
        // b is in the archive; a lists b's locale and slug (with another URL); the query shares only b's id
        Article b = article("b", EN, "b-slug", "Snow leopards of the Pamir", "Camera traps count snow leopards.",
                "2022-11-20", List.of("Pamir", "Wildlife"), List.of("Science"), KARIMI);
        Article a = leopardsInTurkish().withId("a").withTranslations(Translation.builder().locale(EN)
                .url(URI.create("https://elsewhere.example.net/b")).slug(Slug.of("b-slug")).build());
        Article query = article("b", RU, "snezhnye-barsy", "Снежные барсы Памира", "Фотоловушки считают барсов.",
                "2022-12-01", List.of("Pamir", "Wildlife"), List.of("Science"), KARIMI);
        RelatedOptions all = options().withMinRelevance(0);
        assertThat(RelatedPosts.rank(query, List.of(b, a), all)).isEmpty();
        // the control: a query that is not an edition of b gets one of the two (they are one article)
        assertThat(RelatedPosts.rank(query.withId("unrelated"), List.of(b, a), all)).hasSize(1);
    }

    @Test
    void aHalfLifeWithAFractionOfASecondCountsTheFraction() {
        Clock clock = Clock.fixed(Instant.parse("2022-11-20T06:00:03Z"), ZoneOffset.UTC);
        // published at 06:00:00Z, three seconds before the clock; a half-life of 1.5 s: two half-lives
        Article query = Link.SAME_ID.query();
        List<ScoredPost> found = RelatedPosts.rank(query, List.of(leopardsInTurkish()),
                options().withClock(clock).withHalfLife(java.time.Duration.ofMillis(1500)));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).signal(Signal.RECENCY)).isEqualTo(0.25 * 0.25);
    }

    @Test
    void editionLinksAreTransitiveThroughTheArchive() {
        Article query = Link.SAME_ID.query();
        // b shares the query's id; c is linked to b only (c lists b's URL)
        Article b = leopardsInTurkish().withId("q");
        Article c = leopardsInTurkish().withId("c2").withLocale(RU).withSlug(Slug.of("snezhnye-barsy"))
                .withCanonicalUrl(url(RU, "snezhnye-barsy")).withTranslations(Translation.of(TR, url(TR, "kar-leoparlari")));
        assertThat(RelatedPosts.rank(query, List.of(b, c), options().withMinRelevance(0))).isEmpty();
    }

    @Test
    void sharingOnlyALocaleAndSlugDoesNotMakeEditions() {
        Article query = Link.SAME_ID.query();
        Article sameSlug = leopardsInTurkish().withLocale(EN).withSlug(Slug.of("query"))
                .withCanonicalUrl(URI.create("https://another-site.example.net/en/query/"));
        assertThat(idsOf(RelatedPosts.rank(query, List.of(query, sameSlug), options()))).containsExactly("c");
    }

    // --- signals, options and order ---

    @Test
    void signalsAddUpToTheScoreAndFollowTheirWeights() {
        for (ScoredPost p : ARCHIVE.find(Archive.query())) {
            double sum = p.signals().values().stream().mapToDouble(Double::doubleValue).sum();
            assertThat(sum).isCloseTo(p.score(), within(1e-9));
            assertThat(p.signals()).containsOnlyKeys(Signal.values());
        }
        List<ScoredPost> noText = ARCHIVE.withOptions(options().withWeight(Signal.TEXT, 0)).find(Archive.query());
        assertThat(noText).allSatisfy(p -> assertThat(p.signal(Signal.TEXT)).isZero());
        List<ScoredPost> doubled = ARCHIVE.withOptions(options().withWeight(Signal.TAGS, 2)).find(Archive.query());
        ScoredPost first = ARCHIVE.find(Archive.query()).get(0);
        ScoredPost same = doubled.stream().filter(p -> p.article().equals(first.article())).findFirst().orElseThrow();
        assertThat(same.signal(Signal.TAGS)).isCloseTo(2 * first.signal(Signal.TAGS), within(1e-12));
    }

    @Test
    void authorsAloneRankTheAuthorsOwnPostsFirst() {
        RelatedOptions onlyAuthors = options().withLimit(50).withMinRelevance(0.1)
                .withWeight(Signal.TAGS, 0).withWeight(Signal.CATEGORIES, 0).withWeight(Signal.TEXT, 0)
                .withWeight(Signal.RECENCY, 0).withWeight(Signal.SAME_LOCALE, 0);
        List<ScoredPost> found = ARCHIVE.withOptions(onlyAuthors).find(Archive.query());
        assertThat(found).isNotEmpty().allSatisfy(p ->
                assertThat(p.article().authors()).extracting(a -> a.id()).contains("karimi"));
    }

    @Test
    void rarerSharedTagsCountForMore() {
        Article query = article("q", EN, "q", "Notes", "Short notes.", "2022-12-01",
                List.of("Common", "Rare"), List.of(), KARIMI);
        List<Article> archive = new ArrayList<>(List.of(query,
                article("has-rare", EN, "has-rare", "Apples", "About apples.", "2022-11-01", List.of("Rare"), List.of(),
                        Archive.BAKER),
                article("has-common", EN, "has-common", "Pears", "About pears.", "2022-11-01", List.of("Common"),
                        List.of(), Archive.BAKER)));
        for (int i = 0; i < 10; i++) {
            archive.add(article("filler-" + i, EN, "filler-" + i, "Plums " + i, "About plums.", "2022-01-01",
                    List.of("Common", "Other"), List.of(), Archive.BAKER));
        }
        List<ScoredPost> found = RelatedPosts.rank(query, archive, options().withLimit(3));
        assertThat(idsOf(found).get(0)).isEqualTo("has-rare");
        assertThat(found.get(0).signal(Signal.TAGS)).isGreaterThan(found.get(1).signal(Signal.TAGS));
    }

    @Test
    void turkishWordsMatchWhateverTheirCase() {
        Article query = article("q", TR, "q", "İSTANBUL'DA ILIK BİR SONBAHAR", "Hava.", "2022-12-01",
                List.of(), List.of(), KARIMI);
        Article lower = article("lower", TR, "lower", "istanbul'da ılık bir sonbahar", "Hava.", "2022-11-01",
                List.of(), List.of(), Archive.BAKER);
        // dotted and dotless i are different letters in Turkish: "ilik" (marrow) is not "ılık" (lukewarm)
        Article other = article("other", TR, "other", "Ilik ve kemik", "Yemek.", "2022-11-01",
                List.of(), List.of(), Archive.BAKER);
        List<ScoredPost> found = RelatedPosts.rank(query, List.of(query, lower, other), options().withMinRelevance(0));
        assertThat(idsOf(found).get(0)).isEqualTo("lower");
        assertThat(found.get(0).signal(Signal.TEXT)).isGreaterThan(0.9);
        assertThat(idsOf(found)).doesNotContain("other");
    }

    @Test
    void chineseTitlesMatchOnDictionaryWords() {
        Locale zh = Locale.forLanguageTag("zh");
        Article query = article("q", zh, "q", "北京今天的天气", "北京天气晴朗。", "2022-12-01", List.of(), List.of(), KARIMI);
        Article weather = article("weather", zh, "weather", "北京明天的天气预报", "北京有雨。", "2022-11-01",
                List.of(), List.of(), Archive.BAKER);
        Article music = article("music", zh, "music", "上海音乐节开幕", "乐队和观众。", "2022-11-02",
                List.of(), List.of(), Archive.BAKER);
        List<ScoredPost> found = RelatedPosts.rank(query, List.of(query, weather, music), options().withMinRelevance(0));
        assertThat(idsOf(found)).containsExactly("weather");
    }

    @Test
    void newerWinsBetweenOtherwiseEqualPostsAndIdsBreakExactTies() {
        Article query = Link.SAME_ID.query();
        Article older = leopardsInTurkish().withId("b-older").withLocale(EN).withCanonicalUrl(url(EN, "older"))
                .withPublished(java.time.OffsetDateTime.parse("2021-01-01T00:00:00Z"));
        Article newer = leopardsInTurkish().withId("c-newer").withLocale(EN).withSlug(Slug.of("other"))
                .withCanonicalUrl(url(EN, "other"));
        List<ScoredPost> found = RelatedPosts.rank(query, List.of(older, newer), options());
        assertThat(idsOf(found)).containsExactly("c-newer", "b-older");
        assertThat(found.get(0).signal(Signal.RECENCY)).isGreaterThan(found.get(1).signal(Signal.RECENCY));

        // no recency weight and the same date: the scores tie, the later date ties, the id decides
        Article twin = newer.withId("a-twin").withSlug(Slug.of("twin")).withCanonicalUrl(url(EN, "twin"));
        List<ScoredPost> tied = RelatedPosts.rank(query, List.of(newer, twin),
                options().withWeight(Signal.RECENCY, 0));
        assertThat(tied.get(0).score()).isEqualTo(tied.get(1).score());
        assertThat(idsOf(tied)).containsExactly("a-twin", "c-newer");
    }

    @Test
    void aUrlResolverMayQueryTheSameIndexWhileAQueryIsRunning() {
        List<ScoredPost> expected = ARCHIVE.find(Archive.queryTurkish());
        java.util.concurrent.atomic.AtomicReference<RelatedPosts> self = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger nested = new java.util.concurrent.atomic.AtomicInteger();
        RelatedPosts reentrant = ARCHIVE.withOptions(options().withUrlResolver(a -> {
            // a query inside a query: it must neither see nor disturb the outer one's working memory
            assertThat(self.get().withOptions(options()).find(Archive.queryTurkish())).isEqualTo(expected);
            nested.incrementAndGet();
            return a.canonicalUrl();
        }));
        self.set(reentrant);
        assertThat(reentrant.find(Archive.query())).isEqualTo(ARCHIVE.find(Archive.query()));
        assertThat(nested.get()).isPositive();
    }

    @Test
    void betweenCopiesThatTieOnEverythingTheFirstInTheCollectionIsReturned() {
        Article query = Link.SAME_ID.query();
        Article first = leopardsInTurkish().withId("copy").withLocale(EN).withSlug(Slug.of("copy"))
                .withCanonicalUrl(url(EN, "copy")).withBody(Body.of(BodyFormat.TEXT, "First copy."));
        Article second = first.withBody(Body.of(BodyFormat.TEXT, "Second copy."));
        assertThat(first).isNotEqualTo(second);
        // the same id makes them one group: one result, the first of the collection
        List<ScoredPost> found = RelatedPosts.rank(query, List.of(first, second), options());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).article()).isSameAs(first);
        List<ScoredPost> reversed = RelatedPosts.rank(query, List.of(second, first), options());
        assertThat(reversed).hasSize(1);
        assertThat(reversed.get(0).article()).isSameAs(second);
        assertThat(reversed.get(0).score()).isEqualTo(found.get(0).score());
    }

    @Test
    void aShorterHalfLifeFavoursRecentPostsMore() {
        Article recent = ARCHIVE.find(Archive.query()).stream()
                .filter(p -> p.article().id().equals("taliban-recognition")).findFirst().orElseThrow().article();
        double year = ARCHIVE.find(Archive.query()).get(0).signal(Signal.RECENCY);
        double week = ARCHIVE.withOptions(options().withHalfLife(java.time.Duration.ofDays(7))).find(Archive.query())
                .stream().filter(p -> p.article().equals(recent)).findFirst().orElseThrow().signal(Signal.RECENCY);
        assertThat(week).isLessThan(year);
        // 31 days old with a 7-day half-life: 0.5^(31/7), weighted by 0.25
        assertThat(week).isCloseTo(0.25 * Math.pow(0.5, 31.25 / 7), within(1e-3));
    }

    @Test
    void theLimitCapsTheResults() {
        assertThat(ARCHIVE.withOptions(options().withLimit(1)).find(Archive.query())).hasSize(1);
        assertThat(ARCHIVE.withOptions(options().withLimit(3)).find(Archive.query())).hasSize(3);
    }

    @Test
    void aLowerRelevanceThresholdLetsPostsSharingOnlyCommonWordsIn() {
        List<String> strict = idsOf(ARCHIVE.withOptions(options().withLimit(100)).find(Archive.query()));
        List<String> loose = idsOf(ARCHIVE.withOptions(options().withLimit(100).withMinRelevance(0)).find(Archive.query()));
        assertThat(strict).doesNotContain("euro-inflation");
        assertThat(loose).contains("euro-inflation").containsAll(strict);
    }

    @Test
    void thePostIsMadeFromTheCandidate() {
        ScoredPost best = ARCHIVE.find(Archive.queryTurkish()).get(0);
        Article a = best.article();
        RelatedPost post = best.post();
        assertThat(post.title()).isEqualTo(a.title());
        assertThat(post.url()).isEqualTo(a.canonicalUrl().orElseThrow());
        assertThat(post.slug()).contains(a.slug());
        assertThat(post.locale()).contains(a.locale());
        assertThat(post.published()).isEqualTo(a.published());
        assertThat(post.summary()).isEqualTo(a.summary());
        assertThat(post.image()).isEqualTo(a.image());
        assertThat(ARCHIVE.relatedPosts(Archive.queryTurkish()).get(0)).isEqualTo(post);
        // the result fits straight into an article
        assertThat(Archive.queryTurkish().withRelated(ARCHIVE.relatedPosts(Archive.queryTurkish())).related())
                .hasSize(ARCHIVE.find(Archive.queryTurkish()).size());
        assertThat(best.toString()).startsWith(String.format(Locale.ROOT, "%.3f taliban-recognition (tr)", best.score()));
    }

    // --- URLs ---

    @Test
    void aCandidateWithoutACanonicalUrlIsSkippedUnlessAResolverGivesOne() {
        RelatedOptions wide = options().withLimit(100);
        assertThat(idsOf(ARCHIVE.withOptions(wide).find(Archive.query()))).doesNotContain("taliban-no-url");
        RelatedOptions resolving = wide.withUrlResolver(a -> Optional.of(
                a.canonicalUrl().orElse(url(a.locale(), a.slug().value()))));
        List<ScoredPost> found = ARCHIVE.withOptions(resolving).find(Archive.query());
        ScoredPost noUrl = found.stream().filter(p -> p.article().id().equals("taliban-no-url")).findFirst().orElseThrow();
        assertThat(noUrl.post().url()).isEqualTo(url(EN, "taliban-and-the-sco"));
    }

    @Test
    void whenTheResolverRefusesTheBestPostTheNextTakesItsPlace() {
        RelatedOptions refuseBest = options().withUrlResolver(
                a -> a.id().equals("taliban-recognition") ? Optional.empty() : a.canonicalUrl());
        List<ScoredPost> found = ARCHIVE.withOptions(refuseBest).find(Archive.query());
        assertThat(found).hasSize(5);
        assertThat(idsOf(found)).doesNotContain("taliban-recognition").contains("amu-darya");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/x", "/relative/path", "https://user:secret@example.org/x"})
    void aResolverGivingAnUnusableUrlFailsWithTheOptionsPath(String bad) {
        RelatedOptions broken = options().withUrlResolver(a -> Optional.of(URI.create(bad)));
        assertThatThrownBy(() -> ARCHIVE.withOptions(broken).find(Archive.query()))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("options.urlResolver: must return usable URLs; for article ")
                .satisfies(e -> assertThat(((InvalidValueException) e).path()).isEqualTo("options.urlResolver"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret"));
    }

    @Test
    void aResolverReturningNullFailsClearly() {
        RelatedOptions broken = options().withUrlResolver(a -> null);
        assertThatThrownBy(() -> ARCHIVE.withOptions(broken).find(Archive.query()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("options.urlResolver returned null for article");
    }

    // --- edges ---

    @Test
    void anEmptyArchiveOrOneWithNothingInCommonGivesNothing() {
        assertThat(RelatedPosts.index(List.of()).find(Archive.query())).isEmpty();
        Article alone = article("alone", EN, "alone", "Quantum zebras", "Xylophones.", "2022-01-01",
                List.of("Zebras"), List.of("Zoo"), dev.byline.Author.builder().id("nobody").name("No Body").build());
        assertThat(ARCHIVE.withOptions(options().withMinRelevance(0)).find(alone)).isEmpty();
    }

    @Test
    void countsOnlyPublishedArticles() {
        long published = Archive.all().stream().filter(a -> a.status() == Status.PUBLISHED).count();
        assertThat(ARCHIVE.size()).isEqualTo(published).isLessThan(Archive.all().size());
        assertThat(ARCHIVE.toString()).startsWith("RelatedPosts{articles=" + published + ", editionGroups=");
    }

    @Test
    void nullsAreRejectedByName() {
        assertThatThrownBy(() -> RelatedPosts.index(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("articles");
        List<Article> withNull = new ArrayList<>(List.of(Archive.query()));
        withNull.add(null);
        assertThatThrownBy(() -> RelatedPosts.index(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("articles must not contain null (element 1)");
        assertThatThrownBy(() -> ARCHIVE.find(null)).isInstanceOf(NullPointerException.class).hasMessage("article");
        assertThatThrownBy(() -> ARCHIVE.withOptions(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("options");
    }

    // --- determinism ---

    @Test
    void theSameQueryGivesTheSameResultsEveryTimeAndInAnyArchiveOrder() {
        List<ScoredPost> first = ARCHIVE.find(Archive.query());
        for (int i = 0; i < 5; i++) {
            assertThat(ARCHIVE.find(Archive.query())).isEqualTo(first);
        }
        for (long seed = 1; seed <= 5; seed++) {
            List<Article> shuffled = new ArrayList<>(Archive.all());
            Collections.shuffle(shuffled, new Random(seed));
            List<ScoredPost> again = RelatedPosts.index(shuffled, options()).find(Archive.query());
            assertThat(ids(again)).isEqualTo(ids(first));
            for (int j = 0; j < first.size(); j++) {
                assertThat(again.get(j).score()).isCloseTo(first.get(j).score(), within(1e-12));
            }
        }
    }

    @Test
    void withOptionsSharesTheIndex() {
        assertThat(ARCHIVE.withOptions(options())).isSameAs(ARCHIVE);
        RelatedPosts other = ARCHIVE.withOptions(options().withLimit(2));
        assertThat(other.size()).isEqualTo(ARCHIVE.size());
        assertThat(other.options().limit()).isEqualTo(2);
    }
}
