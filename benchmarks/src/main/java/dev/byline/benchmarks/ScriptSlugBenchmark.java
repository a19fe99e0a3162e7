package dev.byline.benchmarks;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Transliterator;
import dev.byline.slug.Slugger;
import java.util.List;
import java.util.Locale;
import com.ibm.icu.util.ULocale;
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
 * Slugs of three titles per operation in one script ({@link SlugCorpus#BY_SCRIPT}), by byline, by
 * junidecode plus a regex and by a cached raw ICU {@code Any-Latin; Latin-ASCII; Lower}
 * transliterator plus a regex. Cyrillic, romanized from byline's first tables, is the reference:
 * compare each script's {@code byline} score with Cyrillic's to see whether a script runs at table
 * speed. {@code icuWordBreaks} only walks ICU's word break iterator over the titles (what cutting
 * Thai, Lao, Khmer or Myanmar into words cost before byline cut them itself): a building block, not
 * a slug.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScriptSlugBenchmark {

    /** Which script's titles. */
    @Param({"cyrillic", "latin", "greek", "arabic", "devanagari", "bengali", "gurmukhi", "gujarati", "oriya", "tamil",
        "telugu", "kannada", "malayalam", "sinhala", "thai", "lao", "khmer", "tibetan", "myanmar", "armenian",
        "georgian", "hebrew", "ethiopic", "thaana", "han", "bopomofo", "hangul", "hiragana", "katakana"})
    public String script;

    private List<String> titles;
    private Slugger byline;
    private Transliterator icu;
    private BreakIterator words;

    /** Builds the slugger once, as an application would. */
    @Setup
    public void setUp() {
        titles = SlugCorpus.BY_SCRIPT.get(script);
        byline = Slugger.forLocale(Locale.ROOT);
        icu = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
        words = BreakIterator.getWordInstance(ULocale.ROOT);
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

    /** A cached raw ICU transliterator, then a regex to hyphens. */
    @Benchmark
    public void icuRaw(Blackhole bh) {
        for (String title : titles) {
            bh.consume(SlugBenchmark.hyphenate(icu.transliterate(title)));
        }
    }

    /** ICU's word break iterator over each title, every boundary consumed: no slug. */
    @Benchmark
    public void icuWordBreaks(Blackhole bh) {
        for (String title : titles) {
            words.setText(title);
            for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
                bh.consume(b);
            }
        }
    }
}
