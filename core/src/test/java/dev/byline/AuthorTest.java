package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AuthorTest {

    private static Author.Builder author() {
        return Author.builder().id("a-1").name("Daud RAHIMI");
    }

    @Test
    void holdsTheAuthorBoxOfTheReferencePage() {
        Author a = author()
                .bio("Studied international relations in two cities.\nNow a doctoral candidate.")
                .addAffiliation("Institute for Regional Studies")
                .addExpertise("Afghanistan", "Pakistan")
                .addLanguage(LanguageSkill.of(new Locale("fa"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.of(new Locale("uz"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.of(new Locale("tr"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.of(new Locale("ps"), Proficiency.FLUENT))
                .addLanguage(LanguageSkill.builder().language(Locale.ENGLISH)
                        .proficiency(Proficiency.INTERMEDIATE).cefr(CefrLevel.B2).build())
                .url(URI.create("https://example.org/authors/rahimi"))
                .image(Image.of(URI.create("https://example.org/img/rahimi.jpg")))
                .addSameAs(URI.create("https://orcid.example/0000-0001"))
                .build();
        assertThat(a.languages()).extracting(LanguageSkill::proficiency)
                .containsExactly(Proficiency.FLUENT, Proficiency.FLUENT, Proficiency.FLUENT, Proficiency.FLUENT,
                        Proficiency.INTERMEDIATE);
        assertThat(a.expertise()).containsExactly("Afghanistan", "Pakistan");
        assertThat(a.languages().get(4).cefr()).contains(CefrLevel.B2);
    }

    static Stream<Arguments> brokenAuthors() {
        return Stream.of(
                Arguments.of("blank name", (UnaryOperator<Author.Builder>) b -> b.name("\t"), "name", "must not be blank"),
                Arguments.of("control in name", (UnaryOperator<Author.Builder>) b -> b.name("Daud\u001BRAHIMI"), "name", "control characters (U+001B)"),
                Arguments.of("bidi in name", (UnaryOperator<Author.Builder>) b -> b.name("Daud\u202B"), "name", "bidi override"),
                Arguments.of("name too long", (UnaryOperator<Author.Builder>) b -> b.name("n".repeat(301)), "name", "at most 300"),
                Arguments.of("blank id", (UnaryOperator<Author.Builder>) b -> b.id(""), "id", "must not be blank"),
                Arguments.of("bio with NUL", (UnaryOperator<Author.Builder>) b -> b.bio("a\u0000"), "bio", "control characters (U+0000)"),
                Arguments.of("bio with bidi override", (UnaryOperator<Author.Builder>) b -> b.bio("a\u202E"), "bio", "bidi override"),
                Arguments.of("duplicate expertise", (UnaryOperator<Author.Builder>) b -> b.addExpertise("Iran", "Iran"), "expertise[1]", "must be unique"),
                Arguments.of("blank affiliation", (UnaryOperator<Author.Builder>) b -> b.addAffiliation(""), "affiliations[0]", "must not be blank"),
                Arguments.of("language twice", (UnaryOperator<Author.Builder>) b -> b.addLanguages(
                        LanguageSkill.of(new Locale("fa"), Proficiency.FLUENT), LanguageSkill.of(new Locale("fa"), Proficiency.BASIC)),
                        "languages[1].language", "must be unique (same as languages[0].language)"),
                Arguments.of("relative url", (UnaryOperator<Author.Builder>) b -> b.url(URI.create("authors/x")), "url", "absolute"),
                Arguments.of("bad sameAs", (UnaryOperator<Author.Builder>) b -> b.addSameAs(URI.create("https://example.org/a"), URI.create("mailto:a@example.org")),
                        "sameAs[1]", "must be an absolute http or https URL"),
                Arguments.of("duplicate sameAs", (UnaryOperator<Author.Builder>) b -> b.addSameAs(URI.create("https://example.org/a"), URI.create("https://example.org/a")),
                        "sameAs[1]", "must be unique"),
                Arguments.of("reserved extension", (UnaryOperator<Author.Builder>) b -> b.extensions(Extensions.of(java.util.Map.of("sameAs", "x"))),
                        "extensions.sameAs", "known attribute"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenAuthors")
    void brokenInvariantIsReportedWithPathAndRule(String name, UnaryOperator<Author.Builder> change, String path, String rule) {
        assertThatThrownBy(() -> change.apply(author()).build())
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith(path + ": ")
                .hasMessageContaining(rule);
    }

    @Test
    void missingNameIsNamed() {
        assertThatThrownBy(() -> Author.builder().id("x").build())
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessage("name: required attribute not set (building Author)");
    }

    @Test
    void namesAndListsAreNfc() {
        Author a = author().name("Zu\u0308lal").addExpertise("Tu\u0308rkiye").addAffiliation("E\u0301cole").bio("Bio\u0301").build();
        assertThat(a.name()).isEqualTo("Zülal");
        assertThat(a.expertise()).containsExactly("Türkiye");
        assertThat(a.affiliations()).containsExactly("École");
        assertThat(a.bio()).contains("Bió");
    }

    @Test
    void listsAreUnmodifiable() {
        Author a = author().addExpertise("Iran").build();
        assertThatThrownBy(() -> a.expertise().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.languages().add(LanguageSkill.of(Locale.ENGLISH, Proficiency.BASIC)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> a.sameAs().add(URI.create("https://example.org"))).isInstanceOf(UnsupportedOperationException.class);
    }
}
