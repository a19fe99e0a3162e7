package dev.byline.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.jackson3.BylineJson;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The GET and POST endpoints, through a real HTTP client against the running service. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ArticleEndpointsTest {

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void getAnswersWithTheBytesOfByline3sWriter() {
        HttpResponse<byte[]> response = http.get("/articles/" + SampleArticles.ENGLISH_ID);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo(BylineJson.writer().writeValueAsBytes(SampleArticles.english()));
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(String.join(",", response.headers().allValues("Vary"))).contains("Accept-Language");
    }

    @Test
    void turkishReaderIsSentToTheTurkishEdition() {
        HttpResponse<byte[]> response = http.get("/articles/" + SampleArticles.ENGLISH_ID,
                "Accept-Language", "tr-TR,tr;q=0.9,en;q=0.5");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(SampleArticles.SITE + "/tr/nehir-kiyisinda-ticaret/");
        assertThat(response.headers().firstValue("Content-Language")).hasValue("tr");
        assertThat(String.join(",", response.headers().allValues("Vary"))).contains("Accept-Language");
        assertThat(response.headers().firstValue("Link")).hasValue(String.join(", ",
                "<" + SampleArticles.SITE + "/en/trade-by-the-river/>; rel=\"alternate\"; hreflang=\"en\"",
                "<" + SampleArticles.SITE + "/tr/nehir-kiyisinda-ticaret/>; rel=\"alternate\"; hreflang=\"tr\"",
                "<" + SampleArticles.SITE + "/ru/torgovlya-u-reki/>; rel=\"alternate\"; hreflang=\"ru\"",
                "<" + SampleArticles.SITE + "/fa/tejarat-kenar-rud/>; rel=\"alternate\"; hreflang=\"fa\"",
                "<" + SampleArticles.SITE + "/en/trade-by-the-river/>; rel=\"alternate\"; hreflang=\"x-default\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "ja, de;q=0.5", "*", ""})
    void readerOfTheOriginalLanguageOrOfNoneWeHaveGetsTheArticle(String acceptLanguage) {
        HttpResponse<byte[]> response = http.get("/articles/" + SampleArticles.ENGLISH_ID,
                "Accept-Language", acceptLanguage);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(BylineJson.writer().writeValueAsBytes(SampleArticles.english()));
        assertThat(response.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(response.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link)
                .contains("hreflang=\"tr\"", "hreflang=\"ru\"", "hreflang=\"fa\"", "hreflang=\"x-default\""));
    }

    @Test
    void persianArticleIsServedToAPersianReaderAndSendsOthersOn() {
        String path = "/articles/" + SampleArticles.PERSIAN_ID;

        HttpResponse<byte[]> persian = http.get(path, "Accept-Language", "fa-IR,fa;q=0.9");
        assertThat(persian.statusCode()).isEqualTo(200);
        assertThat(persian.body()).isEqualTo(BylineJson.writer().writeValueAsBytes(SampleArticles.persian()));
        assertThat(persian.headers().firstValue("Content-Language")).hasValue("fa");

        HttpResponse<byte[]> russian = http.get(path, "Accept-Language", "ru");
        assertThat(russian.statusCode()).isEqualTo(303);
        assertThat(russian.headers().firstValue("Location")).hasValue(SampleArticles.SITE + "/ru/torgovlya-u-reki/");
        assertThat(russian.headers().firstValue("Content-Language")).hasValue("ru");
        assertThat(russian.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link)
                .endsWith("<" + SampleArticles.SITE + "/fa/tejarat-kenar-rud/>; rel=\"alternate\"; hreflang=\"x-default\""));
    }

    @Test
    void unknownIdIsA404Problem() {
        HttpResponse<byte[]> response = http.get("/articles/no-such-article");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.text(response)).contains("\"status\":404", "no-such-article");
    }

    @Test
    void postedArticleIsCreatedAndServed() {
        String json = "{\"schemaVersion\":1,\"id\":\"market-day\",\"locale\":\"tr\",\"title\":\"Pazar günü\","
                + "\"slug\":\"pazar-gunu\",\"body\":{\"format\":\"text\",\"content\":\"Kısa bir not.\"},"
                + "\"status\":\"draft\"}";

        HttpResponse<byte[]> created = http.postJson("/articles", json);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/articles/market-day");
        assertThat(Http.text(created)).isEqualTo(json);

        HttpResponse<byte[]> read = http.get("/articles/market-day", "Accept-Language", "de");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(Http.text(read)).isEqualTo(json);
        assertThat(read.headers().firstValue("Content-Language")).hasValue("tr");
        assertThat(read.headers().firstValue("Link")).isEmpty(); // a draft without a URL has no alternates

        HttpResponse<byte[]> again = http.postJson("/articles", json);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
