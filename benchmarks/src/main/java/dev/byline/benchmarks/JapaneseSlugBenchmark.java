package dev.byline.benchmarks;

import dev.byline.slug.Slugger;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * Japanese slugs with the byline-japanese add-on (Kuromoji) beside core's own table paths, three
 * titles per operation ({@link SlugCorpus#JAPANESE}). Needs the jar built with {@code -Pjapanese}.
 *
 * <ul>
 *   <li>{@code addOn}: Japanese titles with kanji, {@code Slugger.forLocale(ja)}, read by Kuromoji;</li>
 *   <li>{@code addOnKana}: the kana-only titles through the same slugger (Kuromoji too);</li>
 *   <li>{@code coreKana}: the same kana-only titles by core's kana tables (a Chinese-locale slugger
 *       never asks the Japanese reader, so this is the path of byline-core alone);</li>
 *   <li>{@code coreChinese}: Chinese titles of similar length by core's pinyin table.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JapaneseSlugBenchmark {

    /** Which titles and which slugger. */
    @Param({"addOn", "addOnKana", "coreKana", "coreChinese"})
    public String path;

    private List<String> titles;
    private Slugger slugger;

    /** Builds the slugger once, as an application would, and checks that the add-on is there. */
    @Setup
    public void setUp() {
        Slugger japanese = Slugger.forLocale(Locale.JAPANESE);
        if (japanese.japaneseReader().isEmpty()) {
            throw new IllegalStateException("byline-japanese is not on the class path: build the benchmarks with"
                    + " mvn -B -pl benchmarks -am package -DskipTests -Pjapanese");
        }
        switch (path) {
            case "addOn":
                titles = SlugCorpus.JAPANESE.get("japanese");
                slugger = japanese;
                break;
            case "addOnKana":
                titles = SlugCorpus.JAPANESE.get("kana");
                slugger = japanese;
                break;
            case "coreKana":
                titles = SlugCorpus.JAPANESE.get("kana");
                slugger = Slugger.forLocale(Locale.forLanguageTag("zh"));
                break;
            default:
                titles = SlugCorpus.JAPANESE.get("chinese");
                slugger = Slugger.forLocale(Locale.ROOT);
        }
    }

    /** byline. */
    @Benchmark
    public void byline(Blackhole bh) {
        for (String title : titles) {
            bh.consume(slugger.slugify(title).value());
        }
    }
}
