package dev.byline.benchmarks.related;

import dev.byline.Article;
import dev.byline.Status;
import dev.byline.related.RelatedOptions;
import dev.byline.related.RelatedPosts;
import dev.byline.related.ScoredPost;
import dev.byline.related.Signal;
import dev.byline.related.internal.RelatedIndex;
import dev.byline.related.internal.QuerySettings;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Queries per second: the index ({@code search}: posting lists with early stopping) against
 * the brute-force reference ({@code scan}: the same scoring applied to every indexed article)
 * on the same synthetic archive, plus the public {@link RelatedPosts#find} (search and building
 * the {@code RelatedPost} results). Each invocation asks for the next of 256 query articles
 * taken from the archive. {@code search} and {@code scan} return the same results (checked in
 * the setup and by the core tests).
 *
 * <p>The benchmark reaches into {@code dev.byline.related.internal} for the scan, which is not
 * exported by the module; it runs on the class path, where that is allowed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RelatedQueryBenchmark {

    /** The number of articles in the archive. */
    @Param({"1000", "10000", "100000"})
    public int size;

    /** How the synthetic articles relate: in stories, or not at all (see {@link SyntheticArchive}). */
    @Param({"TOPICS", "RANDOM"})
    public SyntheticArchive.Shape shape;

    private RelatedIndex index;
    private RelatedPosts posts;
    private QuerySettings settings;
    private Article[] queries;
    private int next;

    /** Generates the archive, builds the index and checks that search and scan agree. */
    @Setup
    public void setUp() {
        List<Article> archive = SyntheticArchive.generate(size, 42, shape);
        RelatedOptions options = RelatedOptions.defaults()
                .withClock(Clock.fixed(SyntheticArchive.NOW, ZoneOffset.UTC));
        index = RelatedIndex.build(archive);
        posts = RelatedPosts.index(archive, options);
        double[] weights = new double[RelatedIndex.SIGNALS];
        weights[RelatedIndex.TAGS] = options.weight(Signal.TAGS);
        weights[RelatedIndex.CATEGORIES] = options.weight(Signal.CATEGORIES);
        weights[RelatedIndex.AUTHORS] = options.weight(Signal.AUTHORS);
        weights[RelatedIndex.TEXT] = options.weight(Signal.TEXT);
        weights[RelatedIndex.RECENCY] = options.weight(Signal.RECENCY);
        weights[RelatedIndex.SAME_LOCALE] = options.weight(Signal.SAME_LOCALE);
        Random random = new Random(7);
        List<Article> picked = new ArrayList<>();
        while (picked.size() < 256) {
            Article a = archive.get(random.nextInt(archive.size()));
            if (a.status() == Status.PUBLISHED) {
                picked.add(a);
            }
        }
        queries = picked.toArray(new Article[0]);
        // every query uses its own article's locale as the reader's, as RelatedPosts does
        settings = new QuerySettings(weights, options.limit(), options.minRelevance(),
                options.halfLife().getSeconds(), SyntheticArchive.NOW, queries[0].locale(), options.urlResolver());
        for (Article q : queries) {
            QuerySettings s = settingsFor(q);
            List<String> searched = describe(index.search(q, s));
            List<String> scanned = describe(index.scan(q, s));
            List<String> found = new ArrayList<>();
            for (ScoredPost p : posts.find(q)) {
                found.add(p.article().id() + "/" + p.article().locale() + "=" + p.score());
            }
            if (!searched.equals(scanned) || !searched.equals(found)) {
                throw new IllegalStateException("search, scan and find disagree for " + q.id() + ": " + searched
                        + " / " + scanned + " / " + found);
            }
        }
    }

    private QuerySettings settingsFor(Article q) {
        return new QuerySettings(settings.weights(), settings.limit(), settings.minRelevance(), settings.halfLifeSeconds(),
                settings.now(), q.locale(), settings.urlResolver());
    }

    private static List<String> describe(List<RelatedIndex.Hit> hits) {
        List<String> out = new ArrayList<>();
        for (RelatedIndex.Hit h : hits) {
            out.add(h.article().id() + "/" + h.article().locale() + "=" + h.score());
        }
        return out;
    }

    private Article nextQuery() {
        Article q = queries[next];
        next = (next + 1) & (queries.length - 1);
        return q;
    }

    /** The index: posting lists of the query's terms, stopping early. */
    @Benchmark
    public List<RelatedIndex.Hit> search() {
        Article q = nextQuery();
        return index.search(q, settingsFor(q));
    }

    /** The brute-force reference: every indexed article scored. */
    @Benchmark
    public List<RelatedIndex.Hit> scan() {
        Article q = nextQuery();
        return index.scan(q, settingsFor(q));
    }

    /** The public API: the search plus the {@code ScoredPost} results. */
    @Benchmark
    public List<ScoredPost> find() {
        return posts.find(nextQuery());
    }
}
