package dev.byline.examples.service;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.LanguageSkill;
import dev.byline.Proficiency;
import dev.byline.Slug;
import dev.byline.Status;
import dev.byline.Translation;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The articles the service starts with: one story in four editions, English (the original),
 * Turkish, Russian and Persian (written right to left). The archive holds the English and the
 * Persian edition as full articles; the Turkish and Russian ones are only linked.
 */
public final class SampleArticles {

    private SampleArticles() {}

    /** The site the editions are published on. */
    public static final String SITE = "https://news.example.org";

    /** The id of the English article. */
    public static final String ENGLISH_ID = "border-markets-before-winter";

    /** The id of the Persian article. */
    public static final String PERSIAN_ID = "bazar-haye-marzi";

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale TURKISH = Locale.forLanguageTag("tr");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private static final URI ENGLISH_URL = URI.create(SITE + "/en/trade-by-the-river/");
    private static final URI TURKISH_URL = URI.create(SITE + "/tr/nehir-kiyisinda-ticaret/");
    private static final URI RUSSIAN_URL = URI.create(SITE + "/ru/torgovlya-u-reki/");
    private static final URI PERSIAN_URL = URI.create(SITE + "/fa/tejarat-kenar-rud/");

    /**
     * Returns every sample article.
     *
     * @return the English and the Persian article
     */
    public static List<Article> all() {
        return List.of(english(), persian());
    }

    /**
     * Builds the English original, which links its Turkish, Russian and Persian editions.
     *
     * @return the article
     */
    public static Article english() {
        return Article.builder()
                .id(ENGLISH_ID)
                .locale(ENGLISH)
                .title("Trade by the River: Border Markets Get Ready for Winter")
                .slug(Slug.of("trade-by-the-river"))
                .summary("Before the first snow, traders on both banks stock up and hope the bridge stays open.")
                .body(Body.of(BodyFormat.HTML, "<p>Every autumn the markets near the river bridge fill up with"
                        + " flour, fuel and warm clothes.</p>\n<p>Traders say the season is short: once the"
                        + " roads freeze, only the bridge keeps the two banks in touch.</p>"))
                .status(Status.PUBLISHED)
                .published(OffsetDateTime.parse("2025-11-03T08:00:00+04:30"))
                .canonicalUrl(ENGLISH_URL)
                .addAuthor(author())
                .addCategory("Economy")
                .addTags("Trade", "Borders")
                .addTranslation(translation(TURKISH, TURKISH_URL, "Nehir Kıyısında Ticaret: Sınır Pazarları Kışa Hazırlanıyor"))
                .addTranslation(translation(RUSSIAN, RUSSIAN_URL, "Торговля у реки: приграничные рынки готовятся к зиме"))
                .addTranslation(translation(PERSIAN, PERSIAN_URL, "تجارت در کنار رود: بازارهای مرزی و زمستان"))
                .build();
    }

    /**
     * Builds the Persian edition as an article of its own, which links the other three.
     *
     * @return the article
     */
    public static Article persian() {
        return Article.builder()
                .id(PERSIAN_ID)
                .locale(PERSIAN)
                .title("تجارت در کنار رود: بازارهای مرزی و زمستان")
                .slug(Slug.of("tejarat-kenar-rud"))
                .summary("پیش از برف اول، بازرگانان دو سوی رود کالا می خرند.")
                .body(Body.of(BodyFormat.TEXT, "هر پاییز بازارهای کنار پل پر از آرد و سوخت و لباس گرم است.\n\n"
                        + "این یک متن نمونه است."))
                .status(Status.PUBLISHED)
                .published(OffsetDateTime.parse("2025-11-03T08:00:00+04:30"))
                .canonicalUrl(PERSIAN_URL)
                .addAuthor(author())
                .addCategory("اقتصاد")
                .addTranslation(translation(ENGLISH, ENGLISH_URL, "Trade by the River: Border Markets Get Ready for Winter"))
                .addTranslation(translation(TURKISH, TURKISH_URL, "Nehir Kıyısında Ticaret: Sınır Pazarları Kışa Hazırlanıyor"))
                .addTranslation(translation(RUSSIAN, RUSSIAN_URL, "Торговля у реки: приграничные рынки готовятся к зиме"))
                .build();
    }

    private static Author author() {
        return Author.builder()
                .id("m-rahimi")
                .name("Mina Rahimi")
                .addLanguage(LanguageSkill.of(PERSIAN, Proficiency.NATIVE))
                .addLanguage(LanguageSkill.of(ENGLISH, Proficiency.FLUENT))
                .addLanguage(LanguageSkill.of(TURKISH, Proficiency.BASIC))
                .build();
    }

    private static Translation translation(Locale locale, URI url, String title) {
        return Translation.builder().locale(locale).url(url).title(title).build();
    }
}
