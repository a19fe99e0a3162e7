package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleTest {

    @Test
    void buildsAValidPublishedArticle() {
        Article a = Fixtures.article().addTranslation(Fixtures.turkish()).addTag("Taliban").build();
        assertThat(a.id()).isEqualTo("moscow-kabul");
        assertThat(a.status()).isEqualTo(Status.PUBLISHED);
        assertThat(a.published()).contains(Fixtures.PUBLISHED);
        assertThat(a.tags()).containsExactly("Taliban");
        assertThat(a.extensions().isEmpty()).isTrue();
    }

    @Test
    void draftNeedsNeitherAuthorsNorPublicationDateNorBody() {
        Article d = Fixtures.draft();
        assertThat(d.authors()).isEmpty();
        assertThat(d.published()).isEmpty();
        assertThat(d.body().content()).isEmpty();
    }

    @Test
    void missingRequiredAttributesAreNamed() {
        assertThatThrownBy(() -> Article.builder().id("x").build())
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("locale")
                .hasMessageContaining("title")
                .hasMessageContaining("slug")
                .hasMessageContaining("body")
                .hasMessageContaining("status")
                .hasMessageContaining("required attribute not set (building Article)")
                .satisfies(e -> assertThat(((InvalidArticleException) e).path())
                        .isEqualTo("locale, title, slug, body, status"));
    }

    @Test
    void nullArgumentIsRejectedWithTheAttributeName() {
        assertThatThrownBy(() -> Article.builder().title(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("title");
    }

    static Stream<Arguments> brokenArticles() {
        return Stream.of(
                bad("blank id", b -> b.id(" \u00A0\u200B"), "id", "must not be blank"),
                bad("id too long", b -> b.id("x".repeat(Limits.MAX_ID_LENGTH + 1)), "id", "must be at most 200 characters long"),
                bad("blank title", b -> b.title("   "), "title", "must not be blank"),
                bad("control in title", b -> b.title("Moscow\u0007Kabul"), "title", "must not contain control characters (U+0007)"),
                bad("newline in title", b -> b.title("Moscow\nKabul"), "title", "must not contain control characters (U+000A)"),
                bad("bidi override in title", b -> b.title("Moscow \u202Eludak"), "title", "must not contain bidi override or isolate characters (U+202E)"),
                bad("bidi isolate in title", b -> b.title("Moscow \u2067x\u2069"), "title", "must not contain bidi override or isolate characters (U+2067)"),
                bad("lone surrogate in title", b -> b.title("Moscow \uD800"), "title", "must not contain unpaired surrogates"),
                bad("noncharacter in title", b -> b.title("Moscow \uFFFF"), "title", "must not contain noncharacters (U+FFFF)"),
                bad("title too long", b -> b.title("t".repeat(Limits.MAX_TITLE_LENGTH + 1)), "title", "must be at most 500 characters long"),
                bad("blank subtitle", b -> b.subtitle(""), "subtitle", "must not be blank"),
                bad("control in summary", b -> b.summary("ok\u0000"), "summary", "must not contain control characters (U+0000)"),
                bad("root locale", b -> b.locale(Locale.ROOT), "locale", "must name a language"),
                bad("und locale", b -> b.locale(Locale.forLanguageTag("und")), "locale", "must name a language"),
                bad("long language", b -> b.locale(new Locale("english")), "locale", "ISO 639 language code"),
                bad("published without date", b -> b.published(java.util.Optional.empty()), "published", "must be present when status is published"),
                bad("scheduled without date", b -> b.status(Status.SCHEDULED).published(java.util.Optional.empty()), "published", "must be present when status is scheduled"),
                bad("modified before published", b -> b.modified(Fixtures.PUBLISHED.minusSeconds(1)), "modified", "must not be before published"),
                bad("published without authors", b -> b.authors(List.of()), "authors", "must name at least one author when status is published"),
                bad("published with blank body", b -> b.body(Body.of(BodyFormat.HTML, " \n")), "body.content", "must not be blank when status is published"),
                bad("duplicate author ids", b -> b.addAuthor(Fixtures.author()), "authors[1].id", "must be unique (same as authors[0].id)"),
                bad("duplicate tags", b -> b.addTags("Kabul", "Kabul"), "tags[1]", "must be unique (same as tags[0])"),
                bad("tags equal after NFC", b -> b.addTags("Café", "Cafe\u0301"), "tags[1]", "must be unique"),
                bad("blank category", b -> b.addCategory(" "), "categories[0]", "must not be blank"),
                bad("bidi in tag", b -> b.addTag("\u202Dx"), "tags[0]", "bidi override"),
                bad("translation in own locale", b -> b.addTranslation(Translation.of(Locale.ENGLISH, URI.create("https://example.org/en/x"))),
                        "translations[0].locale", "must differ from the article's own locale"),
                bad("duplicate translation locale", b -> b.addTranslations(Fixtures.turkish(), Fixtures.russian(), Fixtures.turkish()),
                        "translations[2].locale", "must be unique (same as translations[0].locale)"),
                bad("relative canonical URL", b -> b.canonicalUrl(URI.create("/en/x")), "canonicalUrl", "must be an absolute http or https URL"),
                bad("ftp canonical URL", b -> b.canonicalUrl(URI.create("ftp://example.org/x")), "canonicalUrl", "must use the http or https scheme"),
                bad("javascript canonical URL", b -> b.canonicalUrl(URI.create("javascript:alert(1)")), "canonicalUrl", "must be an absolute http or https URL"),
                bad("credentials in canonical URL", b -> b.canonicalUrl(URI.create("https://user:secret@example.org/x")), "canonicalUrl", "must not contain credentials"),
                bad("bad IDNA host", b -> b.canonicalUrl(URI.create("https://xn--a.example/x")), "canonicalUrl", "UTS #46"),
                bad("underscore host", b -> b.canonicalUrl(URI.create("https://bad_host.example/x")), "canonicalUrl", "must have a host"),
                bad("too many tags", b -> b.tags(java.util.stream.IntStream.rangeClosed(0, Limits.MAX_LIST_SIZE).mapToObj(i -> "t" + i)::iterator),
                        "tags", "must have at most 1000 entries, has 1001"),
                bad("extension named like an attribute", b -> b.extensions(Extensions.of(java.util.Map.of("title", "x"))),
                        "extensions.title", "must not use the name of a known attribute"),
                bad("extension named schemaVersion", b -> b.extensions(Extensions.of(java.util.Map.of("schemaVersion", 2))),
                        "extensions.schemaVersion", "must not use the name of a known attribute"));
    }

    private static Arguments bad(String name, UnaryOperator<Article.Builder> change, String path, String rule) {
        return Arguments.of(name, change, path, rule);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenArticles")
    void brokenInvariantIsReportedWithPathAndRule(String name, UnaryOperator<Article.Builder> change, String path, String rule) {
        assertThatThrownBy(() -> change.apply(Fixtures.article()).build())
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith(path + ": ")
                .hasMessageContaining(rule)
                .satisfies(e -> assertThat(((InvalidArticleException) e).path()).isEqualTo(path));
    }

    @Test
    void credentialsAreNeverEchoedInTheMessage() {
        assertThatThrownBy(() -> Fixtures.article().canonicalUrl(URI.create("https://user:secret@example.org/x")).build())
                .hasMessageNotContaining("secret")
                .hasMessageContaining("https://***@example.org/x");
    }

    @Test
    void withCopiesAreCheckedToo() {
        Article a = Fixtures.article().build();
        assertThatThrownBy(() -> a.withTitle("\u202E"))
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("title: ");
        assertThat(a.title()).isEqualTo("Moscow and Kabul: a cautious courtship?");
    }

    @Test
    void stringsAreNormalizedToNfc() {
        String decomposed = "Tu\u0308rkiye'nin Kabil politikası"; // u + combining diaeresis
        Article a = Fixtures.article()
                .title(decomposed)
                .subtitle("Cafe\u0301")
                .summary("Re\u0301sume\u0301")
                .addTag("Tu\u0308rkiye")
                .addCategory("Analy\u0301sis")
                .id("i\u0307d")
                .build();
        assertThat(a.title()).isEqualTo("Türkiye'nin Kabil politikası");
        assertThat(a.subtitle()).contains("Café");
        assertThat(a.summary()).contains("Résumé");
        assertThat(a.tags()).containsExactly("Türkiye");
        assertThat(a.categories()).containsExactly("Analýsis");
        assertThat(a.id()).isEqualTo("i\u0307d"); // i + combining dot above has no composed form
        assertThat(a).isEqualTo(Fixtures.article().title("Türkiye'nin Kabil politikası").subtitle("Café")
                .summary("Résumé").addTag("Türkiye").addCategory("Analýsis").id("i\u0307d").build());
    }

    @Test
    void multilineProseIsAllowedInSummaryButNotInTitle() {
        Article a = Fixtures.article().summary("First line.\nSecond line.\tTabbed.").build();
        assertThat(a.summary()).contains("First line.\nSecond line.\tTabbed.");
    }

    @Test
    void collectionsAreUnmodifiable() {
        Article a = Fixtures.article().addTag("a").addCategory("c").addTranslation(Fixtures.turkish()).build();
        assertThatThrownBy(() -> a.tags().add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.categories().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.authors().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.translations().add(Fixtures.russian())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.related().add(RelatedPost.of("x", URI.create("https://example.org/x")))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.availableLocales().add(Locale.GERMAN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullElementsInCollectionsAreRejected() {
        assertThatThrownBy(() -> Fixtures.article().addTag(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("tags element");
    }

    @Test
    void builderInputListsAreCopied() {
        List<String> tags = new java.util.ArrayList<>(List.of("a"));
        Article a = Fixtures.article().tags(tags).build();
        tags.add("b");
        assertThat(a.tags()).containsExactly("a");
    }

    @Test
    void translationLooksUpByExactLocale() {
        Article a = Fixtures.article().addTranslations(Fixtures.turkish(), Fixtures.russian()).build();
        assertThat(a.translation(Locale.forLanguageTag("ru"))).contains(Fixtures.russian());
        assertThat(a.translation(Locale.forLanguageTag("ru-RU"))).isEmpty();
        assertThat(a.translation(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void availableLocalesListsOwnLocaleFirstThenTranslationsInOrder() {
        Article a = Fixtures.article().addTranslations(Fixtures.russian(), Fixtures.turkish()).build();
        assertThat(a.availableLocales()).containsExactly(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("tr"));
        assertThat(Fixtures.article().build().availableLocales()).containsExactly(Locale.ENGLISH);
    }

    @Test
    void modifiedMayEqualPublishedAndOffsetsAreComparedAsInstants() {
        // 09:30+03:00 is 06:30Z; 07:00+00:00 is later even though the local time reads earlier
        Article a = Fixtures.article().modified(java.time.OffsetDateTime.parse("2022-11-21T07:00:00Z")).build();
        assertThat(a.modified()).isPresent();
        assertThat(Fixtures.article().modified(Fixtures.PUBLISHED).build().modified()).contains(Fixtures.PUBLISHED);
    }

    @Test
    void copyOfAndWithKeepEverythingElse() {
        Article a = Fixtures.article().addTag("x").build();
        Article b = a.withStatus(Status.WITHDRAWN);
        assertThat(b.status()).isEqualTo(Status.WITHDRAWN);
        assertThat(b.withStatus(Status.PUBLISHED)).isEqualTo(a);
        assertThat(Article.copyOf(a)).isSameAs(a);
    }
}
