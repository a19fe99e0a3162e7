package dev.byline.examples;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.Slug;
import dev.byline.Status;
import dev.byline.Translation;
import dev.byline.related.RelatedOptions;
import dev.byline.related.RelatedPosts;
import dev.byline.related.ScoredPost;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The similar-posts part of the tour: a small archive of a dozen articles in English, Turkish
 * and Russian, indexed once and asked for the posts most related to the sample article, for an
 * English and for a Turkish reader. The words are the project's own.
 */
public final class RelatedTour {

    private RelatedTour() {}

    /** "Now" for the tour, so its output does not change from day to day. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2022-12-01T00:00:00Z"), ZoneOffset.UTC);

    private static final Locale TR = Locale.forLanguageTag("tr");
    private static final Locale RU = Locale.forLanguageTag("ru");

    /**
     * Prints the tour's similar posts to standard output (UTF-8).
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(SampleArticle.article(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Prints the posts most related to an article, from a small archive that holds the
     * article, its Turkish edition and a dozen others.
     *
     * @param article the article to find related posts for; not null
     * @param out where to print; not null
     */
    public static void print(Article article, PrintStream out) {
        List<Article> archive = archive(article);
        RelatedPosts related = RelatedPosts.index(archive, RelatedOptions.defaults().withClock(CLOCK));
        out.println("== Similar posts, computed ==");
        out.println("Archive: " + archive.size() + " articles, " + related.size() + " published");
        out.println("For an English reader:");
        print(related.find(article), out);
        out.println("For a Turkish reader:");
        print(related.withOptions(related.options().withReaderLocale(TR)).find(article), out);
        out.println();
    }

    private static void print(List<ScoredPost> posts, PrintStream out) {
        for (ScoredPost p : posts) {
            out.printf(Locale.ROOT, "  %.2f  %s  %s  %s%n", p.score(),
                    p.post().published().map(d -> d.toLocalDate().toString()).orElse("----------"),
                    p.post().locale().map(Locale::toLanguageTag).orElse("?"), p.post().title());
        }
    }

    /**
     * Builds the tour's archive around an article.
     *
     * @param article the article the archive is built around; not null
     * @return the archive: the article, its Turkish edition, and twelve others; never null
     */
    static List<Article> archive(Article article) {
        Author karimi = article.authors().get(0);
        Author aydin = Author.builder().id("selin-aydin").name("Selin Aydın").build();
        Author orlov = Author.builder().id("pavel-orlov").name("Pavel Orlov").build();
        Author hale = Author.builder().id("maya-hale").name("Maya Hale").build();
        List<Article> a = new ArrayList<>();
        a.add(article);
        // the Turkish edition: same id, so never offered as related to itself
        a.add(post(article.id(), TR, "rusya-taliban-iliskileri-moskova-afganistanda-nereye-gidiyor",
                "Rusya-Taliban İlişkileri: Moskova Afganistan'da Nereye Gidiyor?",
                "Moskova Kabil'deki büyükelçiliğini açık tutuyor, ama Taliban'ı tanımıyor.", "2022-11-22",
                List.of("Afganistan", "Rusya", "Taliban"), List.of("Analiz"), karimi));
        a.add(post("durand-line", Locale.ENGLISH, "pakistan-and-the-durand-line",
                "Pakistan and the Durand Line: An Old Border, New Tensions",
                "Kabul and Islamabad quarrel again over a line drawn in 1893.", "2022-10-02",
                List.of("Afghanistan", "Pakistan", "Security"), List.of("Analysis"), karimi)
                .withTranslations(Translation.builder().locale(RU)
                        .url(URI.create(SampleArticle.SITE + "/ru/pakistan-i-liniya-dyuranda/"))
                        .slug(Slug.of("pakistan-i-liniya-dyuranda")).build()));
        a.add(post("durand-line", RU, "pakistan-i-liniya-dyuranda", "Пакистан и линия Дюранда",
                "Кабул и Исламабад снова спорят о границе 1893 года.", "2022-10-03",
                List.of("Афганистан", "Пакистан"), List.of("Анализ"), karimi));
        a.add(post("central-asia-neighbour", Locale.ENGLISH, "central-asian-republics-face-a-new-neighbour",
                "Central Asian Republics Face a New Neighbour",
                "Tashkent trades with the Taliban; Dushanbe keeps its distance.", "2022-09-14",
                List.of("Afghanistan", "Uzbekistan", "Tajikistan", "Security"), List.of("Central Asia"), hale));
        a.add(post("amu-darya", Locale.ENGLISH, "water-dams-and-diplomacy-on-the-amu-darya",
                "Water, Dams and Diplomacy on the Amu Darya",
                "A new canal in northern Afghanistan worries the countries downstream.", "2022-08-30",
                List.of("Afghanistan", "Water"), List.of("Central Asia"), hale));
        a.add(post("kabul-embassies", Locale.ENGLISH, "embassies-in-kabul", "Who Still Keeps an Embassy in Kabul?",
                "Moscow, Beijing and Ankara stayed; most Western capitals left.", "2022-11-05",
                List.of("Afghanistan", "Diplomacy", "Russia"), List.of("Analysis"), orlov));
        a.add(post("turkey-kabul", TR, "turkiyenin-kabildeki-rolu", "Türkiye'nin Kabil'deki Rolü",
                "Ankara yardım gönderiyor ve Taliban ile temasını sürdürüyor.", "2022-11-10",
                List.of("Afganistan", "Taliban", "Türkiye"), List.of("Analiz"), aydin));
        a.add(post("moscow-talks", RU, "peregovory-v-moskve", "Переговоры в Москве: «Талибан» и соседи",
                "Москва собирает соседей Афганистана и делегацию «Талибана».", "2022-11-16",
                List.of("Афганистан", "Талибан", "Россия"), List.of("Анализ"), orlov));
        a.add(post("euro-prices", Locale.ENGLISH, "why-prices-rise-in-the-euro-area", "Why Prices Rise in the Euro Area",
                "Energy, wages and interest rates in one short guide.", "2022-11-20",
                List.of("Economy", "Europe"), List.of("Economy"), hale));
        a.add(post("steppe-music", Locale.ENGLISH, "music-of-the-steppe", "Music of the Steppe",
                "Two-stringed lutes and throat singing at a summer festival.", "2022-07-15",
                List.of("Music", "Culture"), List.of("Culture"), hale));
        a.add(post("istanbul-theatre", TR, "istanbulda-tiyatro-sezonu", "İstanbul'da Tiyatro Sezonu",
                "Yeni oyunlar ve eski sahneler.", "2022-10-12", List.of("Kültür"), List.of("Kültür"), aydin));
        // a draft on the same subject: never offered
        a.add(post("taliban-draft", Locale.ENGLISH, "russia-and-the-taliban-draft",
                "Russia and the Taliban: Notes for a Follow-up", "Moscow, Kabul and the question of recognition.",
                "2022-11-29", List.of("Afghanistan", "Russia", "Taliban"), List.of("Analysis"), karimi)
                .withStatus(Status.DRAFT));
        return a;
    }

    private static Article post(String id, Locale locale, String slug, String title, String summary, String date,
            List<String> tags, List<String> categories, Author author) {
        return Article.builder()
                .id(id)
                .locale(locale)
                .title(title)
                .slug(Slug.of(slug))
                .summary(summary)
                .body(Body.of(BodyFormat.TEXT, summary))
                .status(Status.PUBLISHED)
                .published(OffsetDateTime.parse(date + "T10:00:00+03:00"))
                .canonicalUrl(URI.create(SampleArticle.SITE + "/" + locale.toLanguageTag() + "/" + slug + "/"))
                .addAuthor(author)
                .tags(tags)
                .categories(categories)
                .build();
    }
}
