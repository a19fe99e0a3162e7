package dev.byline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.Slug;
import dev.byline.Status;
import dev.byline.Translation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JsonTourTest {

    @Test
    void tourShowsFormatRoundTripExtensionJsonLdAndAnError() {
        Article article = Article.builder().id("tour-1").locale(Locale.ENGLISH).title("A short tour")
                .slug(Slug.of("a-short-tour")).body(Body.of(BodyFormat.HTML, "<p>Three small words.</p>"))
                .status(Status.PUBLISHED).published(OffsetDateTime.parse("2022-11-21T09:30:00+03:00"))
                .canonicalUrl(URI.create("https://example.org/en/a-short-tour"))
                .addAuthor(Author.builder().id("au").name("A. Writer").build())
                .addTranslation(Translation.of(new Locale("tr"), URI.create("https://example.org/tr/kisa-tur")))
                .build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonTour.print(article, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("\"schemaVersion\" : 1")
                .contains("read back equal: true")
                .contains("extension kept: 4.50")
                .contains("written back:   true")
                .contains("\"@type\":\"NewsArticle\"").contains("\"workTranslation\"").contains("\"wordCount\":3")
                .contains("InvalidFormatException: $.locale: must be a well-formed BCP 47 language tag with an ISO 639 language code");
    }
}
