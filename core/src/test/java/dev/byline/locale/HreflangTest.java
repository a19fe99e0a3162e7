package dev.byline.locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.Article;
import dev.byline.InvalidArticleException;
import dev.byline.InvalidValueException;
import dev.byline.Translation;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HreflangTest {

    private static final Article ARTICLE = SampleArticle.english();
    private static final String EN = "https://example.org/en/is-moscow-drawing-a-new-line-with-the-taliban";
    private static final String TR = "https://example.org/tr/moskova-talibanla-yeni-bir-cizgi-mi-ciziyor";
    private static final String RU = "https://example.org/ru/provodit-li-moskva-novuyu-liniyu-s-talibanom";

    @Test
    void everyEditionPlusXDefaultPointingToTheOriginal() {
        assertThat(Hreflang.alternates(ARTICLE)).containsExactly(
                new HreflangLink("en", URI.create(EN)),
                new HreflangLink("tr", URI.create(TR)),
                new HreflangLink("ru", URI.create(RU)),
                new HreflangLink("x-default", URI.create(EN)));
        assertThat(Hreflang.alternates(ARTICLE).get(3).isDefault()).isTrue();
        assertThat(Hreflang.alternates(ARTICLE).get(0).isDefault()).isFalse();
    }

    @Test
    void everyEditionListsTheSameSetIncludingItself() {
        // the Turkish edition's view of the same article: itself first, the others after
        Article turkish = SampleArticle.turkish();
        assertThat(Hreflang.alternates(turkish).get(0)).isEqualTo(new HreflangLink("tr", URI.create(TR)));
        assertThat(Hreflang.alternates(turkish, Locale.ENGLISH)).containsExactlyInAnyOrderElementsOf(
                Hreflang.alternates(ARTICLE));
    }

    @Test
    void xDefaultCanPointToAnotherEditionOrAPage() {
        assertThat(Hreflang.alternates(ARTICLE, Locale.forLanguageTag("ru")).get(3))
                .isEqualTo(new HreflangLink("x-default", URI.create(RU)));
        URI chooser = URI.create("https://example.org/choose-language");
        assertThat(Hreflang.alternates(ARTICLE, chooser).get(3)).isEqualTo(new HreflangLink("x-default", chooser));
        assertThatThrownBy(() -> Hreflang.alternates(ARTICLE, Locale.JAPANESE))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessage("xDefault: must be the locale of one of the article's editions (was \"ja\")");
        assertThatThrownBy(() -> Hreflang.alternates(ARTICLE, URI.create("/relative")))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("xDefault: must be an absolute http or https URL");
    }

    @Test
    void rendersHtmlLinkHeaderAndSitemap() {
        List<HreflangLink> links = Hreflang.alternates(ARTICLE);
        assertThat(Hreflang.toHtml(links)).isEqualTo(
                "<link rel=\"alternate\" hreflang=\"en\" href=\"" + EN + "\">\n"
                + "<link rel=\"alternate\" hreflang=\"tr\" href=\"" + TR + "\">\n"
                + "<link rel=\"alternate\" hreflang=\"ru\" href=\"" + RU + "\">\n"
                + "<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + EN + "\">");
        assertThat(Hreflang.toLinkHeader(links)).isEqualTo(
                "<" + EN + ">; rel=\"alternate\"; hreflang=\"en\", "
                + "<" + TR + ">; rel=\"alternate\"; hreflang=\"tr\", "
                + "<" + RU + ">; rel=\"alternate\"; hreflang=\"ru\", "
                + "<" + EN + ">; rel=\"alternate\"; hreflang=\"x-default\"");
        assertThat(Hreflang.toSitemapLinks(links)).startsWith(
                "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"" + EN + "\"/>\n")
                .endsWith("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"" + EN + "\"/>")
                .hasLineCount(4);
    }

    @Test
    void urlsAreEscapedAndAscii() throws Exception {
        List<HreflangLink> links = List.of(new HreflangLink("ru",
                URI.create("https://example.org/ru/%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D0%B0?a=1&b=2")));
        assertThat(Hreflang.toHtml(links)).isEqualTo("<link rel=\"alternate\" hreflang=\"ru\" "
                + "href=\"https://example.org/ru/%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D0%B0?a=1&amp;b=2\">");
        assertThat(Hreflang.toLinkHeader(links)).isEqualTo("<https://example.org/ru/"
                + "%D0%BC%D0%BE%D1%81%D0%BA%D0%B2%D0%B0?a=1&b=2>; rel=\"alternate\"; hreflang=\"ru\"");
        assertThat(Hreflang.toHtml(List.of(new HreflangLink("tr",
                new URI("https", "example.org", "/tr/çizgi", null))))).contains("href=\"https://example.org/tr/%C3%A7izgi\"");
    }

    @ParameterizedTest(name = "{0} has hreflang {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en                 | en
            en-GB              | en-GB
            en-UK              | en-GB
            iw                 | he
            zh-Hant            | zh-Hant
            zh-Hans            | zh-Hans
            zh-Hant-TW         | zh-TW
            sr-Latn            | sr-Latn
            fil                | fil
            ckb                | ckb
            yue-HK             | yue-HK
            fa-AF              | fa-AF
            prs                | fa-AF
            th-TH-u-ca-buddhist | th-TH
            sr-Latn-ME         | sr-ME
            """)
    void valuesFollowGooglesRules(String tag, String expected) {
        assertThat(Hreflang.value(Locale.forLanguageTag(tag))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is reported: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es-419         | UN M.49
            sr-Latn-RS     | script together with a region
            zh-Hans-TW     | script together with a region
            de-CH-1996     | variant
            en-x-internal  | private-use
            und            | must name a language
            """)
    void codesGoogleRejectsAreReported(String tag, String words) {
        assertThatThrownBy(() -> Hreflang.value(Locale.forLanguageTag(tag)))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("hreflang: ")
                .hasMessageContaining(words);
    }

    @Test
    void aRejectedEditionIsNamedByItsAttributePath() {
        Article withLatam = ARTICLE.withTranslations(ARTICLE.translations().get(0),
                Translation.of(Locale.forLanguageTag("es-419"), URI.create("https://example.org/es/x")));
        assertThatThrownBy(() -> Hreflang.alternates(withLatam))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("translations[1].locale: needs an ISO 3166-1 alpha-2 region")
                .hasMessageEndingWith("(was \"es-419\")");
    }

    @Test
    void twoEditionsWithTheSameValueAreReported() {
        Article both = ARTICLE.withLocale(Locale.forLanguageTag("en-GB")).withTranslations(
                Translation.of(Locale.forLanguageTag("en-UK"), URI.create("https://example.org/uk/x")));
        assertThatThrownBy(() -> Hreflang.alternates(both))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessage("translations[0].locale: must have its own hreflang value (en-GB is also locale) "
                        + "(was \"en-UK\")");
    }

    @Test
    void anArticleWithoutCanonicalUrlHasNoAlternates() {
        Article noUrl = ARTICLE.withCanonicalUrl(java.util.Optional.empty());
        assertThatThrownBy(() -> Hreflang.alternates(noUrl))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessage("canonicalUrl: must be present to list hreflang alternates");
    }
}
