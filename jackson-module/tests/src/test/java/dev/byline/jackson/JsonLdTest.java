package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.Article;
import dev.byline.jackson.Adapter.Failure;
import java.io.IOException;
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
        return Stream.of(Samples.sample(), Samples.minimalDraft(), Samples.persian());
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
        assertThat(root.get("@id").asText()).isEqualTo(a.canonicalUrl().orElseThrow().toString());
        assertThat(root.get("headline").asText()).isEqualTo(a.title());
        assertThat(root.get("description").asText()).isEqualTo(a.summary().orElseThrow());
        assertThat(root.get("inLanguage").asText()).isEqualTo("en");
        assertThat(root.get("datePublished").asText()).isEqualTo("2022-11-21T09:30:00+03:00");
        assertThat(root.get("dateModified").asText()).isEqualTo("2022-11-22T08:00:00+03:00");
        assertThat(root.at("/mainEntityOfPage/@type").asText()).isEqualTo("WebPage");
        assertThat(root.at("/mainEntityOfPage/@id").asText()).isEqualTo(root.get("@id").asText());
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
        Article article = Samples.minimalDraft().withBody(dev.byline.Body.of(dev.byline.BodyFormat.HTML,
                "<p>One&nbsp;two <b>three</b></p><script>var not = counted;</script><style>p{}</style>&amp; four"));
        assertThat(article.wordCount()).isEqualTo(4);
        assertThat(ld(article).get("wordCount").asInt()).isEqualTo(4);
    }

    @Test
    void noCanonicalUrlMeansARelativeIdAndNoPage() throws Exception {
        JsonNode root = ld(Samples.minimalDraft());
        assertThat(root.get("@id").asText()).isEqualTo("#article");
        assertThat(root.has("mainEntityOfPage")).isFalse();
        assertThat(root.has("url")).isFalse();
        assertThat(root.has("datePublished")).isFalse();
        assertThat(root.has("author")).isFalse();
        assertThat(root.get("wordCount").asInt()).isZero();
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
