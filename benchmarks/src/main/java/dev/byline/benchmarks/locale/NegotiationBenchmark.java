package dev.byline.benchmarks.locale;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.ULocale;
import dev.byline.locale.LocaleNegotiator;
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

/** LocaleNegotiator.bestMatch(header) beside a raw ICU LocaleMatcher parsing the same header. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NegotiationBenchmark {

    @Param({"tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7", "de-CH, fr;q=0.9", "zh-TW", "ja-JP,ja;q=0.9,ko;q=0.5,*;q=0.1"})
    public String header;

    private static final List<String> SUPPORTED = List.of("en", "tr", "ru", "de-DE", "fr", "zh-Hans", "zh-Hant",
            "pt-BR", "pt-PT", "es", "es-419", "fa", "ar");

    private LocaleNegotiator negotiator;
    private LocaleMatcher raw;

    @Setup
    public void setUp() {
        negotiator = LocaleNegotiator.of(SUPPORTED.stream().map(Locale::forLanguageTag).toList());
        raw = LocaleMatcher.builder().setSupportedULocales(SUPPORTED.stream().map(ULocale::forLanguageTag).toList())
                .build();
    }

    @Benchmark
    public Locale byline() {
        return negotiator.bestMatch(header);
    }

    @Benchmark
    public ULocale rawLocaleMatcher() {
        return raw.getBestMatch(header);
    }
}
