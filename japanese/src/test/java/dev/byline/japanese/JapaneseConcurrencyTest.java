package dev.byline.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.slug.Slugger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Eight threads share one slugger with the Kuromoji reader loaded (and, when this test runs first
 * in its JVM, race to load the dictionary) and get the same slugs as one thread: the threads
 * start before the single-threaded answers are computed.
 */
class JapaneseConcurrencyTest {

    private static final List<String> TITLES = List.of(
            "東京で桜が満開に", "日本銀行、金利を据え置き", "モスクワとタリバンの関係はどう変わったか",
            "私は学生です", "2024年の円相場", "人々", "こゝろ", "学校へ行こう", "ｶﾞｯｺｳ", "7月7日は七夕",
            "Russia-Taliban Relations", "北京欢迎你", "Отношения России и талибов", "ラーメン屋の行列に並んでみた");

    @Test
    void eightThreadsGetTheSameSlugsAsOne() throws Exception {
        Slugger shared = Slugger.forLocale(Locale.JAPANESE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        int k = (round + offset) % TITLES.size();
                        got.add(k + " " + shared.slugify(TITLES.get(k)).value());
                    }
                    return got;
                }));
            }
            start.countDown();
            List<String> expected = new ArrayList<>();
            for (String title : TITLES) {
                expected.add(Slugger.forLocale(Locale.JAPANESE).slugify(title).value());
            }
            for (Future<List<String>> result : results) {
                for (String line : result.get(120, TimeUnit.SECONDS)) {
                    int k = Integer.parseInt(line.substring(0, line.indexOf(' ')));
                    assertThat(line.substring(line.indexOf(' ') + 1)).as(TITLES.get(k)).isEqualTo(expected.get(k));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
