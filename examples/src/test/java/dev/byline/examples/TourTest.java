package dev.byline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TourTest {

    private static String tour() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Tour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheSampleArticleWithItsEditionsAuthorAndSimilarPosts() {
        String out = tour();
        assertThat(out).contains("Title:      Russia-Taliban Ties: Where Is Moscow Heading in Afghanistan?");
        assertThat(out).contains("Available:  en, tr, ru");
        assertThat(out).contains("tr  Rusya-Taliban İlişkileri");
        assertThat(out).contains("ru  Отношения России");
        assertThat(out).contains("Languages: fa fluent, uz fluent, tr fluent, ps fluent, en intermediate (B2)");
        assertThat(out).contains("2022-10-02  Pakistan and the Durand Line");
    }

    @Test
    void showsTheErrorsBadEditsGet() {
        String out = tour();
        assertThat(out).contains("Rejected: title: must not contain bidi override or isolate characters (U+202E)");
        assertThat(out).contains("Rejected: translations[1].locale: must be unique (same as translations[0].locale)");
    }

    @Test
    void includesEveryPartOfTheTour() {
        String out = tour();
        assertThat(out).contains("-> otnosheniya-rossii-i-talibana-kuda-dvizhetsya-moskva-v-afganistane");
        assertThat(out).contains("This post is also available in: Türkçe Русский");
        assertThat(out).contains("hreflang=\"x-default\"");
        assertThat(out).contains("Date (tr): 21 Kasım 2022");
        assertThat(out).contains("== Similar posts, computed ==");
        assertThat(out).contains("Türkçe: machine translation, reviewed by an editor");
        assertThat(out).contains("Needs update: ru (made from the text of 2022-11-21T09:30+03:00, English changed 2022-11-22T08:00+03:00)");
        assertThat(out).contains("Turkish edition: translated from English by Leyla Aydın, machine translation, reviewed by an editor");
        assertThat(out).contains("Outdated now? false; after an English edit? true");
        assertThat(out).contains("301 /tr/rusya-taliban-iliskileri/ -> " + SampleArticle.SITE
                + "/tr/rusya-taliban-iliskileri-moskova-afganistanda-nereye-gidiyor/");
        assertThat(out).contains("== JSON wire format v1 ==");
        assertThat(out).contains("\"schemaVersion\" : 1");
    }

    @Test
    void sampleShapeMatchesTheReferencePage() {
        var article = SampleArticle.article();
        assertThat(article.translations()).hasSize(2);
        assertThat(article.related()).hasSize(3);
        assertThat(article.authors().get(0).languages()).hasSize(5);
        assertThat(article.authors().get(0).languages().stream().map(l -> l.proficiency()).distinct()).hasSize(2);
    }
}
