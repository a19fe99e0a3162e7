package org.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.InvalidArticleException;
import dev.byline.LanguageSkill;
import dev.byline.Proficiency;
import dev.byline.Slug;
import dev.byline.Status;
import dev.byline.Translation;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Compiled in a foreign package: everything used here is public API. The abstract definitions
 * behind the generated types are not.
 */
class PublicApiTest {

    @Test
    void aCallerOutsideTheLibraryCanBuildCopyAndQueryAnArticle() {
        Article article = Article.builder()
                .id("outside")
                .locale(Locale.ENGLISH)
                .title("Built from another package")
                .slug(Slug.of("built-from-another-package"))
                .body(Body.of(BodyFormat.TEXT, "Hello."))
                .status(Status.PUBLISHED)
                .published(OffsetDateTime.parse("2024-01-01T00:00:00Z"))
                .addAuthor(Author.builder().id("a").name("A. Writer")
                        .addLanguage(LanguageSkill.of(new Locale("tr"), Proficiency.NATIVE)).build())
                .addTranslation(Translation.of(new Locale("tr"), URI.create("https://example.org/tr/x")))
                .build();
        assertThat(article.withTitle("Changed").title()).isEqualTo("Changed");
        assertThat(article.availableLocales()).containsExactly(Locale.ENGLISH, new Locale("tr"));
        assertThat(article.translation(new Locale("tr"))).isPresent();
        // copyOf takes the package-private definition type, so it is not API: every instance is already an Article
        assertThat(article.withStatus(Status.PUBLISHED)).isSameAs(article);
        assertThatThrownBy(() -> article.withTitle(""))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("title: must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Article", "Author", "Translation", "RelatedPost", "Image", "LanguageSkill", "Body"})
    void generatedTypesArePublicFinalAndTheirDefinitionsAreNot(String name) throws ClassNotFoundException {
        Class<?> type = Class.forName("dev.byline." + name);
        Class<?> definition = Class.forName("dev.byline.Abstract" + name);
        assertThat(Modifier.isPublic(type.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(type.getModifiers())).isTrue();
        assertThat(Modifier.isPublic(definition.getModifiers())).isFalse();
        assertThat(type.getSuperclass()).isEqualTo(definition);
    }
}
