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

class SlugTourTest {

    private static Article sample() {
        return Article.builder()
                .id("moscow-taliban-line")
                .locale(Locale.ENGLISH)
                .title("Russia-Taliban Relations: What Does Moscow Want in Afghanistan?")
                .slug(Slug.of("russia-taliban-relations-what-does-moscow-want-in-afghanistan"))
                .body(Body.builder().format(BodyFormat.TEXT).content("Text.").build())
                .status(Status.PUBLISHED)
                .published(OffsetDateTime.parse("2022-11-21T09:30:00+03:00"))
                .addAuthors(Author.builder().id("a1").name("Author Name").build())
                .addTranslations(Translation.builder().locale(Locale.forLanguageTag("tr"))
                        .url(URI.create("https://example.org/tr/x"))
                        .title("Rusya-Taliban İlişkileri: Moskova Afganistan'da Ne İstiyor?").build())
                .addTranslations(Translation.builder().locale(Locale.forLanguageTag("ru"))
                        .url(URI.create("https://example.org/ru/x"))
                        .title("Отношения России и талибов: чего Москва хочет в Афганистане?").build())
                .build();
    }

    @Test
    void printsTheSlugOfEachEditionInItsOwnLanguage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        SlugTour.print(sample(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("-> russia-taliban-relations-what-does-moscow-want-in-afghanistan")
                .contains("-> rusya-taliban-iliskileri-moskova-afganistanda-ne-istiyor")
                .contains("-> otnosheniya-rossii-i-talibov-chego-moskva-khochet-v-afganistane")
                .contains("maxLength 30:  russia-taliban-relations-what")
                .contains("replacement:   why-cpp-still-matters")
                .contains("reserved word: admin-2")
                .contains("taken:         russia-taliban-relations-what-does-moscow-want-in-afghanistan-2")
                .contains("fallback:      moscow-taliban-line")
                .contains("unicode (ru):  отношения-россии-и-талибов-чего-москва-хочет-в-афганистане");
    }
}
