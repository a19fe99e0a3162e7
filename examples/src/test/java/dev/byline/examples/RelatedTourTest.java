package dev.byline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RelatedTourTest {

    private static String tour() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RelatedTour.print(SampleArticle.article(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String section(String out, String from, String to) {
        int start = out.indexOf(from);
        int end = to.isEmpty() ? out.length() : out.indexOf(to, start);
        return out.substring(start, end);
    }

    @Test
    void printsTheClosestPostsForAnEnglishReaderBestFirst() {
        String english = section(tour(), "For an English reader:", "For a Turkish reader:");
        assertThat(english.lines().skip(1).findFirst().orElseThrow())
                .endsWith("2022-10-02  en  Pakistan and the Durand Line: An Old Border, New Tensions");
        assertThat(english).contains("Who Still Keeps an Embassy in Kabul?", "Water, Dams and Diplomacy on the Amu Darya");
        // one edition of the Durand Line article, in the reader's language
        assertThat(english).doesNotContain("Пакистан и линия Дюранда");
        assertThat(english.lines().count()).isEqualTo(6);
    }

    @Test
    void neverPrintsTheArticleItsTurkishEditionADraftOrAnUnrelatedPost() {
        String out = tour();
        assertThat(out).contains("Archive: 13 articles, 12 published");
        assertThat(out).doesNotContain("Rusya-Taliban İlişkileri", "Russia-Taliban Ties", "Notes for a Follow-up",
                "Why Prices Rise", "Music of the Steppe", "Tiyatro");
    }

    @Test
    void aTurkishReaderSeesTheTurkishPostRankedHigher() {
        String out = tour();
        String english = section(out, "For an English reader:", "For a Turkish reader:");
        String turkish = section(out, "For a Turkish reader:", "");
        int inEnglish = english.lines().toList().indexOf(english.lines().filter(l -> l.contains("Türkiye'nin Kabil'deki Rolü"))
                .findFirst().orElseThrow());
        int inTurkish = turkish.lines().toList().indexOf(turkish.lines().filter(l -> l.contains("Türkiye'nin Kabil'deki Rolü"))
                .findFirst().orElseThrow());
        assertThat(inTurkish).isLessThan(inEnglish);
    }
}
