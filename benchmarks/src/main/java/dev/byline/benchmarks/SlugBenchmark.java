package dev.byline.benchmarks;

import com.github.slugify.Slugify;
import com.ibm.icu.text.Transliterator;
import dev.byline.slug.Slugger;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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
 * Slugs of a fixed corpus per operation (ten titles; one per script for {@code allScripts}), by byline and, in the same run, by its
 * peers: slugify 3.0.7 with ICU transliteration, a cached raw ICU
 * {@code Any-Latin; Latin-ASCII; Lower} transliterator plus a regex, junidecode plus a regex, and
 * a hand-written ASCII loop (the floor for plain English titles). Compare the scores as ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SlugBenchmark {

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");

    /** Which titles: {@code english} (ASCII), {@code latin} (accented Latin), {@code nonLatin}. */
    @Param({"english", "latin", "nonLatin", "allScripts"})
    public String corpus;

    private List<String> titles;
    private Slugger byline;
    private Slugify slugify;
    private Transliterator icu;

    /** Builds every tool once, as an application would. */
    @Setup
    public void setUp() {
        titles = SlugCorpus.BY_NAME.get(corpus);
        byline = Slugger.forLocale(Locale.ROOT);
        slugify = Slugify.builder().transliterator(true).build();
        icu = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
    }

    /** byline. */
    @Benchmark
    public void byline(Blackhole bh) {
        for (String title : titles) {
            bh.consume(byline.slugify(title).value());
        }
    }

    /** slugify 3.0.7 with its ICU transliteration on. */
    @Benchmark
    public void slugify(Blackhole bh) {
        for (String title : titles) {
            bh.consume(slugify.slugify(title));
        }
    }

    /** A cached raw ICU transliterator, then a regex to hyphens. */
    @Benchmark
    public void icuRaw(Blackhole bh) {
        for (String title : titles) {
            bh.consume(hyphenate(icu.transliterate(title)));
        }
    }

    /** junidecode's lookup table, lowercased, then a regex to hyphens. */
    @Benchmark
    public void junidecode(Blackhole bh) {
        for (String title : titles) {
            bh.consume(hyphenate(Junidecode.unidecode(title).toLowerCase(Locale.ROOT)));
        }
    }

    /** The floor for ASCII titles: one pass, letters and digits lowercased, runs of others to one hyphen. */
    @Benchmark
    public void asciiLoop(Blackhole bh) {
        for (String title : titles) {
            bh.consume(asciiSlug(title));
        }
    }

    static String hyphenate(String latin) {
        return EDGE_HYPHENS.matcher(NOT_ALNUM.matcher(latin).replaceAll("-")).replaceAll("");
    }

    static String asciiSlug(String title) {
        StringBuilder sb = new StringBuilder(title.length());
        boolean hyphen = false;
        for (int i = 0, n = title.length(); i < n; i++) {
            char c = title.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                hyphen = false;
                sb.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                hyphen = false;
                sb.append((char) (c + 32));
            } else {
                hyphen = true;
            }
        }
        return sb.toString();
    }
}
