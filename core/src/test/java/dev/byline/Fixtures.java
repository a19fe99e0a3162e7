package dev.byline;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;

/** Small valid values to start tests from; each test changes one thing. */
final class Fixtures {

    private Fixtures() {}

    static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2022-11-21T09:30:00+03:00");

    static Author author() {
        return Author.builder().id("a-rahimi").name("Daud RAHIMI").build();
    }

    static Translation turkish() {
        return Translation.of(Locale.forLanguageTag("tr"), URI.create("https://example.org/tr/moskova"));
    }

    static Translation russian() {
        return Translation.of(Locale.forLanguageTag("ru"), URI.create("https://example.org/ru/moskva"));
    }

    static Article.Builder article() {
        return Article.builder()
                .id("moscow-kabul")
                .locale(Locale.ENGLISH)
                .title("Moscow and Kabul: a cautious courtship?")
                .slug(Slug.of("moscow-and-kabul-a-cautious-courtship"))
                .body(Body.of(BodyFormat.HTML, "<p>Text.</p>"))
                .status(Status.PUBLISHED)
                .published(PUBLISHED)
                .addAuthor(author());
    }

    static Article draft() {
        return Article.builder()
                .id("draft-1")
                .locale(Locale.ENGLISH)
                .title("Untitled")
                .slug(Slug.of("untitled"))
                .body(Body.of(BodyFormat.TEXT, ""))
                .status(Status.DRAFT)
                .build();
    }
}
