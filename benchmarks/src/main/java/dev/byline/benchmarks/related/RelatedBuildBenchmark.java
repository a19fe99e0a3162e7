package dev.byline.benchmarks.related;

import dev.byline.Article;
import dev.byline.related.RelatedPosts;
import java.util.List;
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
 * The time to build the index of a synthetic archive ({@link RelatedPosts#index}): word
 * breaking and folding of every title and summary, the term dictionary, posting lists, norms
 * and edition groups. Each measurement builds the whole index once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class RelatedBuildBenchmark {

    /** The number of articles in the archive. */
    @Param({"1000", "10000", "100000"})
    public int size;

    private List<Article> archive;

    /** Generates the archive. */
    @Setup
    public void setUp() {
        archive = SyntheticArchive.generate(size, 42, SyntheticArchive.Shape.TOPICS);
    }

    /** Builds the index. */
    @Benchmark
    public RelatedPosts build() {
        return RelatedPosts.index(archive);
    }
}
