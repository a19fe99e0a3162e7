package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.Article;
import dev.byline.jackson.Adapter.Failure;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.locale.LocaleNegotiator;
import dev.byline.locale.PublicationDates;
import dev.byline.slug.Slugger;
import dev.byline.text.TextStats;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One shared slugger per language, one negotiator, one module-configured mapper, text
 * statistics and date formatting, used by eight threads at once over a mixed multilingual
 * corpus, give exactly the single-threaded results. Bounded: every future has a deadline; no
 * sleeps.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.byline.jackson.Adapter#both")
class SharedInstancesConcurrencyTest {

    @Parameter
    Adapter adapter;

    private static final int THREADS = 8;
    private static final int ROUNDS = 4;

    private static final String[][] TITLES = {
        {"en", "Russia-Taliban Ties: Where Is Moscow Heading in Afghanistan?"},
        {"tr", "Rusya-Taliban İlişkileri: Moskova Afganistan'da Nereye Gidiyor?"},
        {"ru", "Отношения России и «Талибана»: куда движется Москва в Афганистане?"},
        {"fa", "روابط مسکو و طالبان در سال ۱۴۰۱"},
        {"ps", "د کابل او مسکو اړیکې"},
        {"uz", "Ўзбекистон ва Афғонистон: янги йўллар"},
        {"de", "Grüße aus Köln: Straßen und Brücken"},
        {"el", "Η Αθήνα και η Ευρώπη"},
        {"zh", "北京与喀布尔的关系"},
        {"ja", "モスクワとカブールのかんけいについて"}, // kana only: kanji need byline-japanese, not on this class path
        {"th", "ความสัมพันธ์ระหว่างรัสเซียกับอัฟกานิสถาน"},
        {"ko", "한국어 뉴스 분석"},
    };
    private static final String[] HEADERS = {
        "tr-TR,tr;q=0.9,en-US;q=0.8", "de-CH, fr;q=0.9", "uk-UA, be;q=0.7", "fa-AF, ps;q=0.8",
        "zh-TW", "q=abc;;,", "*", "ru", "en-GB;q=0.5, tr;q=0.6", ""};
    private static final OffsetDateTime WHEN = OffsetDateTime.parse("2022-11-21T09:30:00+03:00");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-11-24T12:00:00Z"), ZoneOffset.UTC);

    private final LocaleNegotiator negotiator = LocaleNegotiator.of(List.of(Locale.ENGLISH,
            Locale.forLanguageTag("tr"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("fa")));
    private final List<Slugger> sluggers = new ArrayList<>();
    private final List<Article> articles = List.of(Samples.sample(), Samples.minimalDraft(), Samples.persian());

    /** Every task of the corpus, each returning a printable result. */
    private List<Callable<String>> tasks() {
        Adapter.Codec codec = adapter.stock();
        for (String[] t : TITLES) {
            sluggers.add(Slugger.forLocale(Locale.forLanguageTag(t[0])));
        }
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < TITLES.length; i++) {
            Slugger slugger = sluggers.get(i);
            Locale locale = Locale.forLanguageTag(TITLES[i][0]);
            String title = TITLES[i][1];
            tasks.add(() -> "slug " + slugger.slugify(title).value());
            tasks.add(() -> "words " + TextStats.wordCount(Body.of(BodyFormat.HTML, "<p>" + title + "</p>"), locale));
            tasks.add(() -> "date " + PublicationDates.format(WHEN, locale) + " / " + PublicationDates.relative(WHEN, locale, CLOCK));
        }
        for (String header : HEADERS) {
            tasks.add(() -> "match " + negotiator.bestMatch(header).toLanguageTag());
        }
        for (Article article : articles) {
            tasks.add(() -> {
                String json = codec.write(article);
                Article back = codec.read(json, Article.class);
                return "json " + json.hashCode() + " " + back.equals(article) + " " + back.wordCount();
            });
        }
        return tasks;
    }

    @Test
    void eightThreadsGiveTheSingleThreadedResults() throws Exception {
        List<Callable<String>> tasks = tasks();
        List<String> expected = new ArrayList<>();
        for (Callable<String> task : tasks) {
            expected.add(task.call());
        }
        assertThat(expected).allMatch(r -> !r.isBlank());
        assertThat(expected).filteredOn(r -> r.startsWith("json ")).allMatch(r -> r.contains(" true "));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                futures.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int r = 0; r < ROUNDS; r++) {
                        for (int i = 0; i < tasks.size(); i++) {
                            order.add(i);
                        }
                    }
                    Collections.shuffle(order, new Random(seed));
                    String[] results = new String[tasks.size()];
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int i : order) {
                        String result = tasks.get(i).call();
                        if (results[i] != null && !results[i].equals(result)) {
                            mismatches.add(result);
                        }
                        results[i] = result;
                    }
                    List<String> all = new ArrayList<>(List.of(results));
                    all.addAll(mismatches);
                    return all;
                }));
            }
            start.countDown();
            for (Future<List<String>> f : futures) {
                assertThat(f.get(120, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
