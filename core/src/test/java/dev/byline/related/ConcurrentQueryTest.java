package dev.byline.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One index, eight threads querying it at once, each with several reader locales. */
class ConcurrentQueryTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 25;

    @Test
    void eightThreadsGetTheSameResultsAsOneThread() throws Exception {
        List<Article> archive = Archive.all();
        RelatedPosts index = RelatedPosts.index(archive, Archive.options().withLimit(8));
        List<RelatedPosts> views = List.of(index,
                index.withOptions(index.options().withReaderLocale(Locale.forLanguageTag("tr"))),
                index.withOptions(index.options().withReaderLocale(Locale.forLanguageTag("zh"))));
        Map<String, List<ScoredPost>> expected = new HashMap<>();
        for (int v = 0; v < views.size(); v++) {
            for (int a = 0; a < archive.size(); a++) {
                expected.put(v + "/" + a, views.get(v).find(archive.get(a)));
            }
        }
        assertThat(expected.values().stream().mapToInt(List::size).sum()).isGreaterThan(100);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                Callable<Integer> task = () -> {
                    start.await();
                    int checked = 0;
                    for (int r = 0; r < ROUNDS; r++) {
                        for (int i = 0; i < archive.size(); i++) {
                            int a = (i + offset * 5) % archive.size();
                            int v = (r + offset) % views.size();
                            List<ScoredPost> got = views.get(v).find(archive.get(a));
                            if (!got.equals(expected.get(v + "/" + a))) {
                                throw new AssertionError("thread " + offset + " article " + a + ": " + got);
                            }
                            checked++;
                        }
                    }
                    return checked;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : futures) {
                total += f.get(2, TimeUnit.MINUTES);
            }
            assertThat(total).isEqualTo(THREADS * ROUNDS * archive.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
