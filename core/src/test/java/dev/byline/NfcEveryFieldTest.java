package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every string a value type holds is NFC, each field on its own: a decomposed value in one field,
 * with every other string already NFC, comes out composed. The model's checks settle "surely
 * NFC" for the common value in the same pass as its characters; this table makes sure no field's
 * answer is lost on the way (which would keep a decomposed value).
 */
class NfcEveryFieldTest {

    /** "Café" with a combining acute accent, and its composed form. */
    private static final String DECOMPOSED = "Cafe\u0301";
    private static final String COMPOSED = "Caf\u00e9";

    private static final URI URL = URI.create("https://example.org/a");

    static Stream<Arguments> fields() {
        return Stream.of(
                field("Article.id", () -> Fixtures.article().id(DECOMPOSED).build(), Article::id),
                field("Article.title", () -> Fixtures.article().title(DECOMPOSED).build(), Article::title),
                field("Article.subtitle", () -> Fixtures.article().subtitle(DECOMPOSED).build(),
                        a -> a.subtitle().orElseThrow()),
                field("Article.summary", () -> Fixtures.article().summary(DECOMPOSED).build(),
                        a -> a.summary().orElseThrow()),
                field("Article.categories", () -> Fixtures.article().addCategories("Analysis", DECOMPOSED).build(),
                        a -> a.categories().get(1)),
                field("Article.tags", () -> Fixtures.article().addTags("Taliban", DECOMPOSED).build(),
                        a -> a.tags().get(1)),
                field("Article.body", () -> Fixtures.article().body(Body.of(BodyFormat.HTML, "<p>" + DECOMPOSED + "</p>")).build(),
                        a -> a.body().content().substring(3, 7)),
                field("Author.id", () -> Author.builder().from(Fixtures.author()).id(DECOMPOSED).build(), Author::id),
                field("Author.name", () -> Author.builder().from(Fixtures.author()).name(DECOMPOSED).build(), Author::name),
                field("Author.bio", () -> Author.builder().from(Fixtures.author()).bio(DECOMPOSED).build(), a -> a.bio().orElseThrow()),
                field("Author.affiliations", () -> Author.builder().from(Fixtures.author()).addAffiliations("Institute", DECOMPOSED).build(),
                        a -> a.affiliations().get(1)),
                field("Author.expertise", () -> Author.builder().from(Fixtures.author()).addExpertise("Russia", DECOMPOSED).build(),
                        a -> a.expertise().get(1)),
                field("Image.alt", () -> Image.builder().url(URL).alt(DECOMPOSED).caption("A caption").build(),
                        i -> i.alt().orElseThrow()),
                field("Image.caption", () -> Image.builder().url(URL).alt("Alt text").caption(DECOMPOSED).build(),
                        i -> i.caption().orElseThrow()),
                field("Image.credit", () -> Image.builder().url(URL).caption("A caption").credit(DECOMPOSED).build(),
                        i -> i.credit().orElseThrow()),
                field("RelatedPost.title", () -> RelatedPost.builder().title(DECOMPOSED).url(URL).summary("A summary").build(),
                        RelatedPost::title),
                field("RelatedPost.summary", () -> RelatedPost.builder().title("A title").url(URL).summary(DECOMPOSED).build(),
                        p -> p.summary().orElseThrow()),
                field("Translation.title", () -> Translation.builder().from(Fixtures.turkish()).title(DECOMPOSED).build(),
                        t -> t.title().orElseThrow()),
                field("Correction.text", () -> Correction.of(Fixtures.PUBLISHED, DECOMPOSED), Correction::text),
                field("Translator.name", () -> Translator.builder().name(DECOMPOSED).type(TranslatorType.PERSON)
                        .authorId("leyla-aydin").build(), Translator::name),
                field("Translator.authorId", () -> Translator.builder().name("Leyla").type(TranslatorType.PERSON)
                        .authorId(DECOMPOSED).build(), t -> t.authorId().orElseThrow()),
                field("TranslationSource.id", () -> TranslationSource.builder().locale(Locale.ENGLISH).id(DECOMPOSED)
                        .sourceModified(OffsetDateTime.parse("2025-11-22T08:00:00+05:00"))
                        .method(TranslationMethod.HUMAN).build(), s -> s.id().orElseThrow()));
    }

    private static <T> Arguments field(String name, Supplier<T> build, Function<T, String> read) {
        return Arguments.of(name, build, read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    <T> void aDecomposedValueAloneComesOutComposed(String name, Supplier<T> build,
            Function<T, String> read) {
        T value = build.get();
        assertThat(read.apply(value)).as(name).isEqualTo(COMPOSED);
    }

    @Test
    void aValueAlreadyNfcIsKeptAsTheSameInstance() {
        String title = new String("Moskova ve Taliban: " + COMPOSED);
        String russian = new String("\u041c\u043e\u0441\u043a\u0432\u0430 \u0438 \u0442\u0430\u043b\u0438\u0431\u044b");
        Article a = Fixtures.article().title(title).subtitle(russian).build();
        assertThat(a.title()).isSameAs(title);
        assertThat(a.subtitle()).containsSame(russian);
    }
}
