package dev.byline.benchmarks.locale;

import dev.byline.locale.Hreflang;
import dev.byline.locale.Languages;
import dev.byline.locale.LocaleNegotiator;
import dev.byline.locale.NameCollation;
import dev.byline.locale.PublicationDates;
import dev.byline.locale.WarmUp;
import dev.byline.text.Excerpts;
import dev.byline.text.PlainText;
import dev.byline.text.TextStats;
import dev.byline.web.ShareLinks;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first call of each entry point in a fresh JVM: one measured call per fork, no warm-up,
 * so ICU's data loading is included. Each fork is a new JVM.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class FirstCallBenchmark {

    private static final OffsetDateTime WHEN = OffsetDateTime.parse("2022-11-21T09:30:00+03:00");
    private static final Locale TR = Locale.forLanguageTag("tr");

    @Benchmark
    public Object autonym() {
        return Languages.autonym(TR);
    }

    @Benchmark
    public Object direction() {
        return Languages.direction(Locale.forLanguageTag("fa"));
    }

    @Benchmark
    public Object parse() {
        return Languages.parse("en-UK");
    }

    @Benchmark
    public Object bestMatch() {
        return LocaleNegotiator.of(List.of(Locale.ENGLISH, TR, Locale.forLanguageTag("ru"))).bestMatch("tr-TR,tr;q=0.9");
    }

    @Benchmark
    public Object hreflangValue() {
        return Hreflang.value(Locale.forLanguageTag("zh-Hant-TW"));
    }

    @Benchmark
    public Object formatDate() {
        return PublicationDates.format(WHEN, Locale.forLanguageTag("fa-IR"));
    }

    @Benchmark
    public Object relativeDate() {
        return PublicationDates.relative(WHEN, TR, Clock.fixed(WHEN.toInstant().plusSeconds(259_200), ZoneOffset.UTC));
    }

    @Benchmark
    public Object collation() {
        return NameCollation.names(TR).compare("Irmak", "İpek");
    }

    @Benchmark
    public Object wordCountThai() {
        return TextStats.wordCount("ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำ", Locale.forLanguageTag("th"));
    }

    @Benchmark
    public Object wordCountEnglish() {
        return TextStats.wordCount("Russia has kept its embassy in Kabul open.", Locale.ENGLISH);
    }

    @Benchmark
    public Object plainTextFromHtml() {
        return PlainText.fromHtml("<p>Russia has kept its <b>embassy</b> open.</p>");
    }

    @Benchmark
    public Object excerpt() {
        return Excerpts.excerpt("Russia has kept its embassy in Kabul open. Officials meet often.", Locale.ENGLISH, 30);
    }

    @Benchmark
    public Object shareLinks() {
        return ShareLinks.of(URI.create("https://example.org/a"), "Москва и Талибан").telegram();
    }

    @Benchmark
    public Object warmUp() {
        return WarmUp.warmUp(List.of(Locale.ENGLISH, TR, Locale.forLanguageTag("ru")));
    }
}
