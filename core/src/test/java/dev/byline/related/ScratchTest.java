package dev.byline.related;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() {
        RelatedPosts r = RelatedPosts.index(Archive.all(), Archive.options().withLimit(10));
        System.out.println(r);
        for (var q : java.util.List.of(Archive.query(), Archive.queryTurkish(), Archive.queryRussian())) {
            System.out.println("== " + q.locale());
            for (ScoredPost p : r.find(q)) System.out.println(p + " " + p.signals());
        }
        System.out.println("== en query, fr reader");
        for (ScoredPost p : r.withOptions(Archive.options().withReaderLocale(java.util.Locale.FRENCH)).find(Archive.query())) System.out.println(p);
    }
}
