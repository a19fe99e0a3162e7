package dev.byline.benchmarks;

import dev.byline.slug.Slugger;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import net.gcardone.junidecode.Junidecode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Slugs of three titles per operation in one script ({@link SlugCorpus#BY_SCRIPT}), by byline and
 * by junidecode plus a regex. Cyrillic, romanized from byline's first tables, is the reference:
 * compare each script's {@code byline} score with Cyrillic's to see whether a script runs at table
 * speed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScriptSlugBenchmark {

    /** Which script's titles. */
    @Param({"cyrillic", "bengali", "tamil", "sinhala", "thai", "lao", "khmer", "tibetan", "armenian", "georgian",
        "hebrew", "ethiopic", "bopomofo", "thaana", "myanmar"})
    public String script;

    private List<String> titles;
    private Slugger byline;

    /** Builds the slugger once, as an application would. */
    @Setup
    public void setUp() {
        titles = SlugCorpus.BY_SCRIPT.get(script);
        byline = Slugger.forLocale(Locale.ROOT);
    }

    /** byline. */
    @Benchmark
    public void byline(Blackhole bh) {
        for (String title : titles) {
            bh.consume(byline.slugify(title).value());
        }
    }

    /** junidecode's lookup table, lowercased, then a regex to hyphens. */
    @Benchmark
    public void junidecode(Blackhole bh) {
        for (String title : titles) {
            bh.consume(SlugBenchmark.hyphenate(Junidecode.unidecode(title).toLowerCase(Locale.ROOT)));
        }
    }
}
