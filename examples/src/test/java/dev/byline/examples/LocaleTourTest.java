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

class LocaleTourTest {

    @Test
    void printsTheAlsoAvailableLineEditionsHreflangAndDates() {
        Article article = Article.builder()
                .id("moscow-taliban-line").locale(Locale.ENGLISH)
                .title("Is Moscow Drawing a New Line With the Taliban?")
                .slug(Slug.of("is-moscow-drawing-a-new-line-with-the-taliban"))
                .body(Body.of(BodyFormat.HTML, "<p>Russia has kept its embassy in Kabul open. Officials meet often.</p>"))
                .status(Status.PUBLISHED).published(OffsetDateTime.parse("2022-11-21T09:30:00+03:00"))
                .canonicalUrl(URI.create("https://example.org/en/moscow"))
                .addAuthor(Author.builder().id("a").name("Aziz KARIMOV").build())
                .addTranslation(Translation.builder().locale(Locale.forLanguageTag("tr"))
                        .url(URI.create("https://example.org/tr/moskova")).title("Moskova Taliban’la yeni bir çizgi mi çiziyor?").build())
                .addTranslation(Translation.builder().locale(Locale.forLanguageTag("ru"))
                        .url(URI.create("https://example.org/ru/moskva")).title("Проводит ли Москва новую линию?").build())
                .build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LocaleTour.print(article, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("This post is also available in: Türkçe Русский")
                .contains("Accept-Language tr-TR,tr;q=0.9,en-US;q=0.8 -> tr (translation): Moskova")
                .contains("Accept-Language uk-UA, be;q=0.7 -> ru (translation)")
                .contains("Accept-Language fa-AF, ps;q=0.8 -> en (original)")
                .contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/en/moscow\">")
                .contains("Date (tr): 21 Kasım 2022 · 3 gün önce")
                .contains("Date (fa-IR): ۳۰ آبان ۱۴۰۱ · ۳ روز پیش")
                .contains("Share on telegram: https://t.me/share/url?url=https%3A%2F%2Fexample.org%2Fen%2Fmoscow");
    }
}
