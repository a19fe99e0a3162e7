package dev.byline.benchmarks;

import com.github.slugify.Slugify;
import com.ibm.icu.text.Transliterator;
import dev.byline.slug.Slugger;
import java.util.Locale;

/**
 * First-call latency in a fresh JVM: the time from the start of {@code main} until the first slug
 * of a title exists, tools built included. Run once per JVM:
 * {@code java -cp target/benchmarks.jar dev.byline.benchmarks.FirstCall byline ru}.
 */
public final class FirstCall {

    private FirstCall() {}

    /**
     * Prints the first-call time in milliseconds.
     *
     * @param args the tool ({@code byline}, {@code icu}, {@code slugify}, {@code asciiLoop}) and the title's
     *     language ({@code ru}, {@code zh}, {@code en}, {@code ja} with kanji, {@code kana} only kana,
     *     {@code th} Thai, cut into words with ICU's Thai dictionary)
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        String title = args[1].equals("ru") ? "Отношения России и талибов: чего Москва хочет в Афганистане?"
                : args[1].equals("zh") ? "北京欢迎你：中国经济的新篇章"
                : args[1].equals("ja") ? "モスクワとタリバンの関係：2024年の東京"
                : args[1].equals("kana") ? "モスクワと タリバンの かんけい：2024ねんの とうきょう"
                : args[1].equals("th") ? "นักวิเคราะห์มองความสัมพันธ์ระหว่างรัสเซียกับอัฟกานิสถาน"
                : "Russia-Taliban Relations: What Does Moscow Want in Afghanistan?";
        // ja: Japanese with kanji, read by byline-japanese (found through ServiceLoader; the jar
        // must be built with -Pjapanese); kana: core's kana tables, through a Chinese-locale
        // slugger, which never asks the Japanese reader
        Locale locale = args[1].equals("ja") ? Locale.JAPANESE
                : args[1].equals("kana") ? Locale.forLanguageTag("zh") : Locale.ROOT;
        String slug;
        switch (args[0]) {
            case "byline":
                slug = Slugger.forLocale(locale).slugify(title).value();
                break;
            case "icu":
                slug = SlugBenchmark.hyphenate(Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower").transliterate(title));
                break;
            case "asciiLoop": // the baseline: no library at all
                slug = SlugBenchmark.asciiSlug(title);
                break;
            case "slugify":
                slug = Slugify.builder().transliterator(true).build().slugify(title);
                break;
            default:
                throw new IllegalArgumentException("tool must be byline, icu, slugify or asciiLoop: " + args[0]);
        }
        long micros = (System.nanoTime() - start) / 1_000;
        System.out.printf(Locale.ROOT, "%s %s %.1f ms %s%n", args[0], args[1], micros / 1000.0, slug);
    }
}
