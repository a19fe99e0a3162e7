package dev.byline.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The article pages over plain HTTP: the redirect from {@code /}, the answers, not-found, escaping. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ArticlePagesTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tr-TR,tr;q=0.9,en;q=0.5 | /tr/nehir-kiyisinda-ticaret/
            fa-IR                   | /fa/tejarat-kenar-rud/
            prs                     | /fa/tejarat-kenar-rud/
            ru, en;q=0.8            | /ru/torgovlya-u-reki/
            en-GB                   | /en/trade-by-the-river/
            de-CH, ja;q=0.5         | /en/trade-by-the-river/
            q=x;;;,                 | /en/trade-by-the-river/
            """)
    void theFrontPageSendsTheReaderToTheirEdition(String acceptLanguage, String page) {
        HttpResponse<byte[]> response = http.get("/", "Accept-Language", acceptLanguage);

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue(page);
        assertThat(response.headers().allValues("Vary")).contains("Accept-Language");
    }

    @Test
    void withoutAcceptLanguageTheFrontPageSendsTheReaderToTheOriginal() {
        HttpResponse<byte[]> response = http.get("/");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("/en/trade-by-the-river/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/en/trade-by-the-river/", "/tr/nehir-kiyisinda-ticaret/", "/ru/torgovlya-u-reki/",
            "/fa/tejarat-kenar-rud/"})
    void everyEditionIsAnHtmlPageInItsLanguage(String path) {
        HttpResponse<byte[]> response = http.get(path, "Accept-Language", "de");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        String language = path.substring(1, 3);
        assertThat(response.headers().firstValue("Content-Language")).hasValue(language);
        assertThat(Http.text(response)).contains("<html lang=\"" + language + "\" dir=\""
                + ("fa".equals(language) ? "rtl" : "ltr") + "\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/en/no-such-article/",          // unknown slug
        "/en/Trade-By-The-River/",       // not a slug byline writes
        "/de/trade-by-the-river/",       // a language the article is not in
        "/tr/trade-by-the-river/",       // another edition's slug
        "/en-us/trade-by-the-river/",    // a language tag not written canonically
        "/xx/trade-by-the-river/",       // not a language
        "/en/no-such-article",           // no slash, and no page either
    })
    void aPathWithoutAPublishedEditionIsNotFound(String path) {
        HttpResponse<byte[]> response = http.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(Http.text(response)).contains("<h1>Not found</h1>");
    }

    @Test
    void aPathWithoutItsSlashIsMovedPermanently() {
        HttpResponse<byte[]> response = http.get("/ru/torgovlya-u-reki");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/ru/torgovlya-u-reki/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/tr/" + SampleArticles.TURKISH_OLD_SLUG + "/", "/tr/" + SampleArticles.TURKISH_OLD_SLUG})
    void anOldPathOfARenamedEditionIsMovedPermanentlyToItsPage(String oldPath) {
        HttpResponse<byte[]> response = http.get(oldPath);

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).contains("/tr/nehir-kiyisinda-ticaret/");
        assertThat(http.get("/tr/nehir-kiyisinda-ticaret/").statusCode()).isEqualTo(200);
        assertThat(http.get("/ru/" + SampleArticles.TURKISH_OLD_SLUG + "/").statusCode()).isEqualTo(404);
    }

    @Test
    void aPostedArticleClaimingALivePathIsAConflict() {
        String json = "{\"schemaVersion\":1,\"id\":\"thief\",\"locale\":\"tr\",\"title\":\"T\","
                + "\"slug\":\"another\",\"previousSlugs\":[\"nehir-kiyisinda-ticaret\"],"
                + "\"body\":{\"format\":\"text\",\"content\":\"\"},\"status\":\"draft\"}";
        HttpResponse<byte[]> response = http.post("/articles", json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("the old path /tr/nehir-kiyisinda-ticaret/ of article thief is the current path of article");
    }

    @Test
    void aDraftHasNoPage() {
        String draft = "{\"schemaVersion\":1,\"id\":\"page-draft\",\"locale\":\"en\",\"title\":\"Not yet\","
                + "\"slug\":\"not-yet\",\"body\":{\"format\":\"text\",\"content\":\"Soon.\"},\"status\":\"draft\"}";
        assertThat(http.postJson("/articles", draft).statusCode()).isEqualTo(201);

        assertThat(http.get("/en/not-yet/").statusCode()).isEqualTo(404);
    }

    @Test
    void aPostedArticlesTitleIsEscapedAndItsBodySanitized() {
        String article = "{\"schemaVersion\":1,\"id\":\"hostile\",\"locale\":\"en\","
                + "\"title\":\"Bold <b>claims</b> & \\\"quotes\\\"\",\"slug\":\"bold-claims\","
                + "\"body\":{\"format\":\"html\",\"content\":\"<p onclick=\\\"steal()\\\">Kept text</p>"
                + "<script>steal()</script><a href=\\\"javascript:steal()\\\">link</a>\"},"
                + "\"status\":\"published\",\"published\":\"2025-11-05T10:00:00Z\","
                + "\"authors\":[{\"id\":\"x\",\"name\":\"</p><script>steal()</script>\"}]}";
        assertThat(http.postJson("/articles", article).statusCode()).isEqualTo(201);

        HttpResponse<byte[]> response = http.get("/en/bold-claims/");

        assertThat(response.statusCode()).isEqualTo(200);
        String html = Http.text(response);
        assertThat(html).contains("<h1>Bold &lt;b&gt;claims&lt;/b&gt; &amp; &quot;quotes&quot;</h1>");
        assertThat(html).contains("<p>Kept text</p>", "<a>link</a>", "&lt;/p&gt;&lt;script&gt;steal()");
        assertThat(html).doesNotContain("onclick", "<script>steal", "javascript:");
        // without a canonical URL of its own, the page uses the site's
        assertThat(html).contains("<link rel=\"canonical\" href=\"https://news.example.org/en/bold-claims/\">");
    }
}
