package dev.byline.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One slugger shared by eight threads gives every thread the same answers as a single thread. */
class SluggerConcurrencyTest {

    private static final List<String> TITLES = List.of(
            "Russia-Taliban Relations: What Does Moscow Want in Afghanistan?",
            "Rusya-Taliban İlişkileri: Moskova Afganistan'da Ne İstiyor?",
            "Отношения России и талибов: чего Москва хочет в Афганистане?",
            "北京欢迎你", "とうきょう の しんぶん", "대한민국 서울", "مُحَمَّد في كابل", "کتاب‌ها",
            "भारत समाचार", "ประเทศไทย", "Ευχαριστώ, Αθήνα!", "საქართველო", "Grüße aus Köln", "Tom & Jerry",
            // the four scripts cut into words by a break iterator that each thread keeps
            "หนังสือดีๆ สำหรับเด็กและครอบครัวในช่วงวันหยุดยาว", "ຫຼວງພະບາງ ແລະ ວຽງຈັນ ຕ້ອນຮັບນັກທ່ອງທ່ຽວຕ່າງປະເທດ",
            "ព័ត៌មានថ្មីៗ អំពីការអប់រំ នៅប្រទេសកម្ពុជា ២០២៤", "ရန်ကုန်မြို့ ကျောင်းသားများ စာမေးပွဲ အောင်မြင်");

    @Test
    void eightThreadsGetTheSameSlugsAsOne() throws Exception {
        Slugger shared = Slugger.forLocale(Locale.ROOT);
        List<String> expected = new ArrayList<>();
        for (String title : TITLES) {
            expected.add(Slugger.forLocale(Locale.ROOT).slugify(title).value());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int round = 0; round < 300; round++) {
                        int k = (round + offset) % TITLES.size();
                        String got = shared.slugify(TITLES.get(k)).value();
                        if (!got.equals(expected.get(k))) {
                            mismatches.add(TITLES.get(k) + " -> " + got);
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
