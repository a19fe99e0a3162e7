package dev.byline.locale;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.Slug;
import dev.byline.Status;
import dev.byline.Translation;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;

/** The reference page's shape in our own words: an English article with Turkish and Russian editions. */
public final class SampleArticle {

    public static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2022-11-21T09:30:00+03:00");

    private SampleArticle() {}

    /** The Turkish edition of the same article, linking to the English and Russian ones. */
    public static Article turkish() {
        Article en = english();
        return Article.builder()
                .id(en.id())
                .locale(Locale.forLanguageTag("tr"))
                .title(en.translations().get(0).title().orElseThrow())
                .slug(Slug.of("moskova-talibanla-yeni-bir-cizgi-mi-ciziyor"))
                .body(Body.of(BodyFormat.HTML, "<p>Rusya Kabil'deki büyükelçiliğini açık tuttu.</p>"))
                .status(Status.PUBLISHED)
                .published(PUBLISHED)
                .canonicalUrl(en.translations().get(0).url())
                .authors(en.authors())
                .addTranslation(Translation.of(Locale.ENGLISH, en.canonicalUrl().orElseThrow()))
                .addTranslation(en.translations().get(1))
                .build();
    }

    public static Article english() {
        return Article.builder()
                .id("moscow-taliban-line")
                .locale(Locale.ENGLISH)
                .title("Is Moscow Drawing a New Line With the Taliban?")
                .slug(Slug.of("is-moscow-drawing-a-new-line-with-the-taliban"))
                .body(Body.of(BodyFormat.HTML, "<p>Russia has kept its embassy in Kabul open. "
                        + "Officials meet the Taliban often.</p><p>Trade talks continue, slowly.</p>"))
                .status(Status.PUBLISHED)
                .published(PUBLISHED)
                .canonicalUrl(URI.create("https://example.org/en/is-moscow-drawing-a-new-line-with-the-taliban"))
                .addAuthor(Author.builder().id("a-karimov").name("Aziz KARIMOV").build())
                .addTranslation(Translation.builder().locale(Locale.forLanguageTag("tr"))
                        .url(URI.create("https://example.org/tr/moskova-talibanla-yeni-bir-cizgi-mi-ciziyor"))
                        .title("Moskova Taliban’la yeni bir çizgi mi çiziyor?").build())
                .addTranslation(Translation.builder().locale(Locale.forLanguageTag("ru"))
                        .url(URI.create("https://example.org/ru/provodit-li-moskva-novuyu-liniyu-s-talibanom"))
                        .title("Проводит ли Москва новую линию с «Талибаном»?").build())
                .build();
    }
}
