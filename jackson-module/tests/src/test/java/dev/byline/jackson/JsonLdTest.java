package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.Article;
import dev.byline.jackson.Adapter.Failure;
import dev.byline.Status;
import dev.byline.web.JsonLdOptions;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** schema.org JSON-LD: only vocabulary terms, the right values, safe inside a script element. */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.byline.jackson.Adapter#both")
class JsonLdTest {

    @Parameter
    Adapter adapter;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Set<String>> VOCABULARY = vocabulary();

    private static Map<String, Set<String>> vocabulary() {
        Map<String, Set<String>> v = new HashMap<>();
        Fixtures.resource("schemaorg/properties-by-type.tsv").lines().forEach(line -> {
            String[] parts = line.split("\t");
            v.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
        });
        return v;
    }

    static Stream<Article> articles() {
        return Stream.of(Samples.sample(), withoutPage(), Samples.persian(), Samples.translated());
    }

    /** A published article without a canonical URL, translations or related posts. */
    static Article withoutPage() {
        return Samples.sample().withCanonicalUrl(java.util.Optional.empty()).withTranslations(java.util.List.of());
    }

    private JsonNode ld(Article article) throws Exception {
        return JSON.readTree(adapter.jsonLd(article));
    }

    @ParameterizedTest
    @MethodSource("articles")
    void everyTypeAndPropertyIsInTheSchemaOrgVocabulary(Article article) throws Exception {
        JsonNode root = ld(article);
        assertThat(root.get("@context").asText()).isEqualTo("https://schema.org");
        checkTerms(root, "$");
    }

    private static void checkTerms(JsonNode node, String path) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTerms(node.get(i), path + "[" + i + "]");
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode type = node.get("@type");
        Set<String> allowed = type == null ? Set.of() : VOCABULARY.get(type.asText());
        assertThat(allowed).as("type %s at %s is a schema.org type this test knows", type, path).isNotNull();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String name = e.getKey();
            if (name.startsWith("@")) {
                assertThat(name).isIn("@context", "@type", "@id");
                continue;
            }
            assertThat(allowed).as("%s.%s on %s", path, name, type).contains(name);
            checkTerms(e.getValue(), path + "." + name);
        }
    }

    @Test
    void articleCarriesHeadlineLanguageDatesAndPage() throws Exception {
        Article a = Samples.sample();
        JsonNode root = ld(a);
        assertThat(root.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(root.get("@id").asText()).isEqualTo(a.canonicalUrl().orElseThrow() + "#article");
        assertThat(root.get("headline").asText()).isEqualTo(a.title());
        assertThat(root.get("description").asText()).isEqualTo(a.summary().orElseThrow());
        assertThat(root.get("inLanguage").asText()).isEqualTo("en");
        assertThat(root.get("datePublished").asText()).isEqualTo("2022-11-21T09:30:00+03:00");
        assertThat(root.get("dateModified").asText()).isEqualTo("2022-11-22T08:00:00+03:00");
        assertThat(root.at("/mainEntityOfPage/@type").asText()).isEqualTo("WebPage");
        // the page is a node of its own, not the article
        assertThat(root.at("/mainEntityOfPage/@id").asText()).isEqualTo(a.canonicalUrl().orElseThrow().toString());
        assertThat(root.at("/mainEntityOfPage/url").asText()).isEqualTo(a.canonicalUrl().orElseThrow().toString());
        assertThat(root.get("url").asText()).isEqualTo(a.canonicalUrl().orElseThrow().toString());
        assertThat(root.has("publisher")).isFalse();
        assertThat(root.has("isAccessibleForFree")).isFalse();
        assertThat(root.at("/image/@type").asText()).isEqualTo("ImageObject");
        assertThat(root.at("/image/width").asInt()).isEqualTo(1200);
        assertThat(root.get("keywords")).extracting(JsonNode::asText)
                .containsExactly("Russia", "Afghanistan", "Taliban", "Central Asia");
        assertThat(root.get("articleSection")).extracting(JsonNode::asText).containsExactly("Analysis");
    }

    @Test
    void authorsArePersonsWithLanguagesAffiliationsAndLinks() throws Exception {
        JsonNode person = ld(Samples.sample()).get("author").get(0);
        assertThat(person.get("@type").asText()).isEqualTo("Person");
        assertThat(person.get("name").asText()).isEqualTo("Anvar Tursunovich KARIMOV");
        assertThat(person.get("url").asText()).isEqualTo("https://example.org/authors/a-karimov");
        assertThat(person.get("description").asText()).startsWith("Graduated in international relations");
        assertThat(person.get("knowsLanguage")).extracting(JsonNode::asText).containsExactly("fa", "uz", "tr", "ps", "en");
        assertThat(person.get("knowsAbout")).extracting(JsonNode::asText).containsExactly("Afghanistan", "Pakistan");
        assertThat(person.at("/affiliation/0/@type").asText()).isEqualTo("Organization");
        assertThat(person.at("/affiliation/0/name").asText()).isEqualTo("Institute for Eurasian Studies");
        assertThat(person.get("sameAs")).extracting(JsonNode::asText).containsExactly("https://example.net/people/karimov");
    }

    @Test
    void translationsPointBackToTheArticle() throws Exception {
        JsonNode root = ld(Samples.sample());
        JsonNode translations = root.get("workTranslation");
        assertThat(translations).hasSize(2);
        assertThat(translations.get(0).get("inLanguage").asText()).isEqualTo("tr");
        assertThat(translations.get(1).get("inLanguage").asText()).isEqualTo("ru");
        assertThat(translations.get(1).get("headline").asText()).isEqualTo("Москва и талибы: надолго ли это сближение?");
        for (JsonNode t : translations) {
            assertThat(t.at("/translationOfWork/@id").asText()).isEqualTo(root.get("@id").asText());
        }
    }

    @ParameterizedTest
    @MethodSource("articles")
    void wordCountCountsTheWordsOfTheBody(Article article) throws Exception {
        String text = article.body().content().replaceAll("<[^>]*>", " ");
        // words are runs of letters, marks and digits; apostrophes and hyphens inside a word join it
        Matcher m = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(['’-][\\p{L}\\p{N}]+)*").matcher(text);
        int expected = 0;
        while (m.find()) {
            expected++;
        }
        // the count is core's (ICU word breaks, which split hyphenated compounds); an independent
        // regex count of the same body agrees within a few words
        int written = ld(article).get("wordCount").asInt();
        assertThat(written).isEqualTo(article.wordCount());
        assertThat((double) written).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(2));
    }

    @Test
    void wordCountIsTheArticlesOwnCountIgnoringMarkupScriptsAndEntities() throws Exception {
        Article article = withoutPage().withBody(dev.byline.Body.of(dev.byline.BodyFormat.HTML,
                "<p>One&nbsp;two <b>three</b></p><script>var not = counted;</script><style>p{}</style>&amp; four"));
        assertThat(article.wordCount()).isEqualTo(4);
        assertThat(ld(article).get("wordCount").asInt()).isEqualTo(4);
    }

    @Test
    void noCanonicalUrlMeansNoIdAndNoPageNeverARelativeOne() throws Exception {
        JsonNode root = ld(withoutPage());
        assertThat(root.has("@id")).isFalse();
        assertThat(root.has("mainEntityOfPage")).isFalse();
        assertThat(root.has("url")).isFalse();
        assertThat(adapter.jsonLd(withoutPage())).doesNotContain("#article");
    }

    @Test
    void aPageUrlFromTheSiteNamesAnArticleWithoutCanonicalUrl() throws Exception {
        URI page = URI.create("https://caspian.example/preview/41");
        JsonNode root = JSON.readTree(adapter.jsonLd(withoutPage(), JsonLdOptions.defaults().withPageUrl(page)));
        assertThat(root.get("@id").asText()).isEqualTo("https://caspian.example/preview/41#article");
        assertThat(root.at("/mainEntityOfPage/@id").asText()).isEqualTo("https://caspian.example/preview/41");
        // a canonical URL wins over the page URL
        JsonNode canonical = JSON.readTree(adapter.jsonLd(Samples.sample(), JsonLdOptions.defaults().withPageUrl(page)));
        assertThat(canonical.get("@id").asText()).isEqualTo(Samples.sample().canonicalUrl().orElseThrow() + "#article");
    }

    @Test
    void publisherAndAccessComeFromTheSiteOptions() throws Exception {
        JsonLdOptions site = JsonLdOptions.defaults()
                .withPublisher("Caspian Policy Forum", URI.create("https://caspian.example/"))
                .withPublisherLogo(URI.create("https://caspian.example/logo.png"))
                .withAccessibleForFree(false);
        JsonNode root = JSON.readTree(adapter.jsonLd(Samples.sample(), site));
        assertThat(root.at("/publisher/@type").asText()).isEqualTo("Organization");
        assertThat(root.at("/publisher/name").asText()).isEqualTo("Caspian Policy Forum");
        assertThat(root.at("/publisher/url").asText()).isEqualTo("https://caspian.example/");
        assertThat(root.at("/publisher/logo/@type").asText()).isEqualTo("ImageObject");
        assertThat(root.at("/publisher/logo/url").asText()).isEqualTo("https://caspian.example/logo.png");
        assertThat(root.get("isAccessibleForFree").isBoolean()).isTrue();
        assertThat(root.get("isAccessibleForFree").asBoolean()).isFalse();
        checkTerms(root, "$");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = Status.class, names = "PUBLISHED",
            mode = org.junit.jupiter.params.provider.EnumSource.Mode.EXCLUDE)
    void onlyPublishedArticlesAreWritten(Status status) {
        Article article = status == Status.DRAFT ? Samples.minimalDraft() : Samples.sample().withStatus(status);
        assertThatThrownBy(() -> adapter.jsonLd(article))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON-LD is written for published articles only (status is " + status.wireName()
                        + "): a draft, scheduled or withdrawn article is not a page to index");
    }

    @Test
    void aTranslatedEditionNamesItsSourceTranslatorsMethodAndCorrections() throws Exception {
        JsonNode root = ld(Samples.translated());
        assertThat(root.at("/translationOfWork/@id").asText()).isEqualTo("https://example.org/en/moscow-and-the-taliban#article");
        assertThat(root.at("/translationOfWork/inLanguage").asText()).isEqualTo("en");
        assertThat(root.at("/translator/0/@type").asText()).isEqualTo("Person");
        assertThat(root.at("/translator/0/name").asText()).isEqualTo("Leyla Aydın");
        assertThat(root.at("/translator/1/@type").asText()).isEqualTo("Organization");
        // machine translation reviewed by people: a composite with trained algorithmic media
        assertThat(root.at("/digitalSourceType/@id").asText())
                .isEqualTo("https://schema.org/CompositeWithTrainedAlgorithmicMediaDigitalSource");
        assertThat(root.at("/workTranslation/1/digitalSourceType/@id").asText())
                .isEqualTo("https://schema.org/TrainedAlgorithmicMediaDigitalSource");
        assertThat(root.at("/workTranslation/0").has("digitalSourceType")).isFalse();
        assertThat(root.at("/correction/0/@type").asText()).isEqualTo("CorrectionComment");
        assertThat(root.at("/correction/0/text").asText()).startsWith("Önceki sürümde");
        assertThat(root.at("/correction/0/datePublished").asText()).isEqualTo("2022-11-24T11:00:00+03:00");
        // a human translation says nothing about its digital source
        JsonNode human = ld(Samples.translated().withTranslationOf(dev.byline.TranslationSource.builder()
                .from(Samples.translated().translationOf().orElseThrow())
                .method(dev.byline.TranslationMethod.HUMAN).build()));
        assertThat(human.has("digitalSourceType")).isFalse();
        assertThat(human.has("translator")).isTrue();
    }

    @Test
    void urlsAreWrittenInTheirAsciiForm() throws Exception {
        Article a = Samples.sample().withCanonicalUrl(URI.create("https://example.org/fa/مسکو"));
        JsonNode root = JSON.readTree(adapter.jsonLd(a));
        assertThat(root.get("@id").asText()).isEqualTo("https://example.org/fa/%D9%85%D8%B3%DA%A9%D9%88#article");
    }

    @Test
    void textCannotCloseTheScriptElement() throws Exception {
        String title = "</script><script>alert('x')</script> & \u2028";
        Article a = Samples.sample().withTitle("Safe " + title.replace("\u2028", ""))
                .withSummary("Line\u2028separator");
        String out = adapter.jsonLd(a);
        assertThat(out).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
        assertThat(out).contains("\\u003C/script\\u003E").contains("\\u2028");
        JsonNode root = JSON.readTree(out);
        assertThat(root.get("headline").asText()).isEqualTo(a.title());
        assertThat(root.get("description").asText()).isEqualTo("Line\u2028separator");
    }
}
