package dev.byline.locale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.text.Excerpts;
import dev.byline.text.PlainText;
import dev.byline.text.TextStats;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Eight threads share the ICU objects; each must get exactly what a single thread gets. */
class ConcurrencyTest {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("tr"),
            Locale.forLanguageTag("ru"), Locale.forLanguageTag("fa-IR"), Locale.forLanguageTag("th"),
            Locale.forLanguageTag("zh"), Locale.forLanguageTag("ja"), Locale.forLanguageTag("ar"));
    private static final String TEXT = "Russia has kept its embassy in Kabul open. ภาษาไทยเป็นภาษา 我们今天去北京大学。"
            + " Москва и Талибан. روسیه و طالبان. İstanbul'da 1,000 kişi.";

    private static String work(int i) {
        Locale locale = LOCALES.get(i % LOCALES.size());
        Article article = SampleArticle.english();
        Clock clock = Clock.fixed(SampleArticle.PUBLISHED.toInstant().plusSeconds(86_400L * (i % 9)), ZoneOffset.UTC);
        LocaleNegotiator negotiator = LocaleNegotiator.of(List.of(Locale.ENGLISH, Locale.forLanguageTag("tr"),
                Locale.forLanguageTag("zh-Hant")));
        return String.join("|",
                Languages.autonym(locale), Languages.displayName(locale, LOCALES.get((i + 3) % LOCALES.size())),
                Languages.direction(locale).name(), Languages.parse(locale.toLanguageTag().replace('-', '_')).toLanguageTag(),
                negotiator.bestMatch(i % 2 == 0 ? "zh-TW" : "tr-TR;q=0.5, de").toLanguageTag(),
                PublicationDates.format(SampleArticle.PUBLISHED, locale),
                PublicationDates.relative(SampleArticle.PUBLISHED, locale, clock),
                String.valueOf(NameCollation.names(locale).compare("Irmak", "İpek")),
                String.valueOf(TextStats.wordCount(TEXT.substring(i % 20), locale)),
                TextStats.readingTime(TEXT.repeat(1 + i % 3), locale).toString(),
                Excerpts.excerpt(TEXT, locale, 20 + i % 30),
                PlainText.fromMarkdown("# h" + i + "\n\n*a* [b](c)"),
                Hreflang.toHtml(Hreflang.alternates(article)),
                String.valueOf(article.withTitle("T" + i).wordCount()));
    }

    @Test
    void eightThreadsGetTheSameResultsAsOne() throws Exception {
        int tasks = 800;
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            expected.add(work(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int n = i;
                Callable<String> task = () -> {
                    start.await();
                    return work(n);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (int i = 0; i < tasks; i++) {
                assertThat(futures.get(i).get(60, TimeUnit.SECONDS)).as("task %d", i).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
