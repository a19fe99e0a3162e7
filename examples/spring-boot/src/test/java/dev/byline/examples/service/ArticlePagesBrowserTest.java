package dev.byline.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.examples.service.browser.Browser;
import dev.byline.examples.service.browser.Chromium;
import dev.byline.web.ShareLinks;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article pages in a real browser (the system's Chromium, headless): what a reader and a
 * crawler get from each edition. Skipped where Chromium is not installed, mandatory in CI (see
 * {@link Chromium}).
 *
 * <p>The site's clock is fixed three days after the lead story's publication, so relative
 * dates are stable. Screenshots of the English and the Persian edition are written to
 * {@code target/screenshots}, or to the folder the system property {@code byline.screenshots}
 * names (the README's command puts them in {@code docs/}).
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "byline.site.now=2025-11-06T12:00:00Z")
class ArticlePagesBrowserTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<Arguments> everyEdition() {
        return SampleArticles.all().stream().map(article -> Arguments.of(Site.path(article), article));
    }

    static Stream<Arguments> leadEditions() {
        return SampleArticles.lead().stream().map(article -> Arguments.of(Site.path(article), article));
    }

    private void open(Article article) {
        browser.open("http://localhost:" + port + Site.path(article));
    }

    private String text(String script) {
        return String.valueOf(browser.script("return " + script));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEdition")
    void everyEditionHasTheLanguageAndDirectionOfItsText(String path, Article article) {
        open(article);
        String expectedDir = "fa".equals(article.locale().getLanguage()) ? "rtl" : "ltr";

        assertThat(text("document.documentElement.lang")).isEqualTo(article.locale().toLanguageTag());
        assertThat(text("document.documentElement.dir")).isEqualTo(expectedDir);
        assertThat(text("getComputedStyle(document.body).direction")).isEqualTo(expectedDir);
        assertThat(text("getComputedStyle(document.querySelector('.body')).direction")).isEqualTo(expectedDir);
        assertThat(text("getComputedStyle(document.querySelector('h1')).direction")).isEqualTo(expectedDir);
    }

    @Test
    void thePersianEditionIsLaidOutRightToLeft() {
        open(SampleArticles.persian());
        WebElement main = browser.driver().findElement(By.tagName("main"));
        WebElement similar = browser.driver().findElement(By.cssSelector("aside.similar"));
        WebElement title = browser.driver().findElement(By.tagName("h1"));

        // the similar posts column is at the left, and the title hugs the right edge of its column
        assertThat(similar.getRect().getX()).isLessThan(main.getRect().getX());
        int titleRight = title.getRect().getX() + title.getRect().getWidth();
        assertThat(titleRight).isEqualTo(main.getRect().getX() + main.getRect().getWidth());
        Number textRight = (Number) browser.script("const r = document.createRange();"
                + " r.selectNodeContents(document.querySelector('h1')); return r.getBoundingClientRect().right");
        Number textLeft = (Number) browser.script("const r = document.createRange();"
                + " r.selectNodeContents(document.querySelector('h1')); return r.getBoundingClientRect().left");
        assertThat(textRight.doubleValue()).isGreaterThan(titleRight - 2.0);
        assertThat(textLeft.doubleValue()).isGreaterThan(main.getRect().getX());
    }

    @Test
    void theEnglishEditionIsLaidOutLeftToRight() {
        open(SampleArticles.english());
        WebElement main = browser.driver().findElement(By.tagName("main"));
        WebElement similar = browser.driver().findElement(By.cssSelector("aside.similar"));

        assertThat(similar.getRect().getX()).isGreaterThan(main.getRect().getX());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leadEditions")
    void theSwitcherLinksEveryOtherEditionUnderItsOwnName(String path, Article article) {
        open(article);
        Map<String, String> autonyms = Map.of("en", "English", "tr", "Türkçe", "ru", "Русский", "fa", "فارسی");

        List<WebElement> links = browser.driver().findElements(By.cssSelector("nav.editions a"));

        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement link : links) {
            String lang = link.getDomAttribute("lang");
            shown.put(lang, link.getText());
            assertThat(link.getDomAttribute("hreflang")).isEqualTo(lang);
            assertThat(link.getDomAttribute("dir")).isEqualTo("fa".equals(lang) ? "rtl" : "ltr");
            Article edition = SampleArticles.lead().stream()
                    .filter(a -> a.locale().toLanguageTag().equals(lang)).findFirst().orElseThrow();
            assertThat(link.getDomAttribute("href")).isEqualTo(Site.path(edition));
        }
        Map<String, String> expected = new LinkedHashMap<>(autonyms);
        expected.remove(article.locale().toLanguageTag());
        assertThat(shown).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void followingTheSwitcherOpensThatEdition() {
        open(SampleArticles.english());

        browser.driver().findElement(By.cssSelector("nav.editions a[hreflang='fa']")).click();

        assertThat(text("location.pathname")).isEqualTo("/fa/tejarat-kenar-rud/");
        assertThat(text("document.documentElement.lang")).isEqualTo("fa");
        assertThat(text("document.querySelector('h1').textContent")).isEqualTo(SampleArticles.persian().title());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEdition")
    void everyEditionListsEveryEditionAndXDefault(String path, Article article) {
        open(article);

        Map<String, String> hreflang = new LinkedHashMap<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("link[rel='alternate'][hreflang]"))) {
            assertThat(hreflang.put(link.getDomAttribute("hreflang"), link.getDomAttribute("href")))
                    .as("hreflang %s listed once", link.getDomAttribute("hreflang")).isNull();
        }

        // every edition of the story, by its canonical URL, from the archive's own articles
        Map<String, String> expected = SampleArticles.all().stream()
                .filter(other -> other.equals(article) || other.translations().stream()
                        .anyMatch(t -> t.url().equals(article.canonicalUrl().orElseThrow())))
                .collect(Collectors.toMap(a -> a.locale().toLanguageTag(), a -> a.canonicalUrl().orElseThrow().toString()));
        assertThat(expected).hasSize(article.translations().size() + 1);
        String xDefault = expected.getOrDefault("en", article.canonicalUrl().orElseThrow().toString());
        expected.put("x-default", xDefault);
        assertThat(hreflang).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(browser.driver().findElement(By.cssSelector("link[rel='canonical']")).getDomAttribute("href"))
                .isEqualTo(article.canonicalUrl().orElseThrow().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEdition")
    void theJsonLdParsesAndNamesThisEdition(String path, Article article) {
        open(article);
        List<WebElement> scripts = browser.driver().findElements(By.cssSelector("script[type='application/ld+json']"));
        assertThat(scripts).hasSize(1);

        JsonNode ld = JSON.readTree(text("document.querySelector('script[type=\"application/ld+json\"]').textContent"));

        assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(ld.get("inLanguage").asString()).isEqualTo(text("document.documentElement.lang"));
        assertThat(ld.get("headline").asString()).isEqualTo(text("document.querySelector('h1').textContent"));
        assertThat(ld.get("url").asString()).isEqualTo(article.canonicalUrl().orElseThrow().toString());
        // the article and its page are distinct nodes; the site is the publisher
        assertThat(ld.get("@id").asString()).isEqualTo(article.canonicalUrl().orElseThrow().toASCIIString() + "#article");
        assertThat(ld.at("/mainEntityOfPage/@id").asString()).isEqualTo(article.canonicalUrl().orElseThrow().toASCIIString());
        assertThat(ld.at("/publisher/name").asString()).isEqualTo(StructuredData.PUBLISHER);
        assertThat(ld.get("isAccessibleForFree").asBoolean()).isTrue();
        assertThat(ld.get("author").get(0).get("name").asString())
                .isEqualTo(text("document.querySelector('.author-name').textContent"));
        int translations = ld.has("workTranslation") ? ld.get("workTranslation").size() : 0;
        assertThat(translations).isEqualTo(browser.driver().findElements(By.cssSelector("nav.editions a")).size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("leadEditions")
    void shareLinksArePercentEncodedAndCarryTheTitleAndUrl(String path, Article article) {
        open(article);
        String url = article.canonicalUrl().orElseThrow().toString();

        Map<String, String> links = new LinkedHashMap<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("nav.share a"))) {
            links.put(link.getDomAttribute("data-network"), link.getDomAttribute("href"));
        }

        assertThat(links.keySet()).containsExactly("x", "facebook", "linkedin", "whatsapp", "telegram", "email");
        Map<String, URI> expected = ShareLinks.of(article).all();
        for (Map.Entry<String, String> link : links.entrySet()) {
            String href = link.getValue();
            assertThat(href).as(link.getKey()).isEqualTo(expected.get(link.getKey()).toString());
            String query = href.substring(href.indexOf('?') + 1);
            for (String pair : query.split("&")) {
                assertThat(pair).as("%s: %s", link.getKey(), pair).matches("[a-z]+=[A-Za-z0-9%._~-]*");
            }
            Map<String, String> params = Stream.of(query.split("&")).map(pair -> pair.split("=", 2))
                    .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
            switch (link.getKey()) {
                case "x" -> assertThat(params).containsEntry("text", article.title()).containsEntry("url", url);
                case "facebook" -> assertThat(params).containsEntry("u", url);
                case "linkedin" -> assertThat(params).containsEntry("url", url);
                case "whatsapp" -> assertThat(params).containsEntry("text", article.title() + " " + url);
                case "telegram" -> assertThat(params).containsEntry("url", url).containsEntry("text", article.title());
                default -> assertThat(params).containsEntry("subject", article.title()).containsEntry("body", url);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEdition")
    void textInEveryScriptRendersWithoutReplacementCharacters(String path, Article article) {
        open(article);
        String shown = text("document.body.innerText");

        assertThat(shown).doesNotContain("\uFFFD");
        assertThat(text("document.title")).isEqualTo(article.title());
        assertThat(text("document.querySelector('h1').textContent")).isEqualTo(article.title());
        assertThat(shown).contains(article.authors().get(0).name());
        switch (article.locale().getLanguage()) {
            case "fa" -> assertThat(shown).containsPattern("\\p{IsArabic}{4}").doesNotContainPattern("Ø[\\x80-\\xBF]");
            case "ru" -> assertThat(shown).containsPattern("\\p{IsCyrillic}{4}").doesNotContainPattern("Ð[\\x80-\\xBF]");
            default -> assertThat(shown).containsPattern("\\p{IsLatin}{4}").doesNotContain("Ã");
        }
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | November 3, 2025      | 3 days ago
            tr | 3 Kasım 2025          | 3 gün önce
            ru | 3 ноября 2025\u202Fг. | 3 дня назад
            fa | ۱۲ آبان ۱۴۰۴          | ۳ روز پیش
            """)
    void theDateIsInTheEditionsLanguageAndCalendar(String language, String date, String ago) {
        open(SampleArticles.lead().stream().filter(a -> a.locale().getLanguage().equals(language)).findFirst()
                .orElseThrow());

        assertThat(text("document.querySelector('.date time').textContent")).isEqualTo(date);
        assertThat(text("document.querySelector('.date time').getAttribute('datetime')")).isEqualTo("2025-11-03T08:00+04:30");
        assertThat(text("document.querySelector('.date .ago').textContent")).isEqualTo(ago);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Persian native | Uzbek fluent | Turkish fluent C1 | Pashto fluent | English intermediate B2 | Words: 313 | Reading time: 1 min
            tr | Farsça ana dili | Özbekçe akıcı | Türkçe akıcı C1 | Peştuca akıcı | İngilizce orta düzey B2 | Kelime: 231 | Okuma süresi: 1 dk.
            fa | فارسی زبان مادری | ازبکی روان | ترکی استانبولی روان C1 | پشتو روان | انگلیسی متوسط B2 | شمار واژه‌ها: ۳۰۸ | زمان خواندن: ۲ دقیقه
            """)
    void theAuthorBoxNamesLanguagesAndLevelsInTheEditionsLanguage(String language, String fa, String uz, String tr,
            String ps, String en, String words, String readingTime) {
        open(SampleArticles.lead().stream().filter(a -> a.locale().getLanguage().equals(language)).findFirst()
                .orElseThrow());

        List<String> spoken = browser.driver().findElements(By.cssSelector(".author .languages li")).stream()
                .map(li -> li.getText().replaceAll("\\s+", " ").strip()).toList();

        assertThat(spoken).containsExactly(fa, uz, tr, ps, en);
        assertThat(text("document.querySelector('.figures .words').textContent")).isEqualTo(words);
        assertThat(text("document.querySelector('.figures .reading-time').textContent")).isEqualTo(readingTime);
    }

    @Test
    void aSimilarPostOpensItsPage() {
        open(SampleArticles.russian());
        List<WebElement> similar = browser.driver().findElements(By.cssSelector("aside.similar a"));
        assertThat(similar).isNotEmpty();
        String title = similar.get(0).getText();
        String lang = similar.get(0).getDomAttribute("lang");

        similar.get(0).click();

        assertThat(text("document.querySelector('h1').textContent")).isEqualTo(title);
        assertThat(text("document.documentElement.lang")).isEqualTo(lang);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"article-en.png, en", "article-fa.png, fa"})
    void screenshotsOfAnEnglishAndAPersianEdition(String name, String language) throws IOException {
        open(SampleArticles.lead().stream().filter(a -> a.locale().getLanguage().equals(language)).findFirst()
                .orElseThrow());

        byte[] png = browser.screenshotOfWholePage();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(Browser.WIDTH);
        assertThat(image.getHeight()).isGreaterThan(900);
        assertThat(darkPixels(image)).as("share of dark pixels (text)").isBetween(0.01, 0.5);
        Path folder = Path.of(System.getProperty("byline.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Files.write(folder.resolve(name), png);
    }

    private static double darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                int luma = (((rgb >> 16) & 0xFF) * 3 + ((rgb >> 8) & 0xFF) * 6 + (rgb & 0xFF)) / 10;
                if (luma < 128) {
                    dark++;
                }
            }
        }
        return dark / (((image.getWidth() + 1) / 2.0) * ((image.getHeight() + 1) / 2.0));
    }
}
