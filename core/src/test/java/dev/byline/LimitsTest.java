package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented limit and character range: just inside passes, just outside fails. */
class LimitsTest {

    private static final URI URL = URI.create("https://example.org/x");

    /** A builder action given a length or a count, the path it reports and its limit. */
    static Stream<Arguments> limits() {
        return Stream.of(
                limit("id", Limits.MAX_ID_LENGTH, n -> Fixtures.article().id("i".repeat(n)).build()),
                limit("title", Limits.MAX_TITLE_LENGTH, n -> Fixtures.article().title("t".repeat(n)).build()),
                limit("subtitle", Limits.MAX_TITLE_LENGTH, n -> Fixtures.article().subtitle("t".repeat(n)).build()),
                limit("summary", Limits.MAX_SUMMARY_LENGTH, n -> Fixtures.article().summary("s".repeat(n)).build()),
                limit("content", Limits.MAX_BODY_LENGTH, n -> Body.of(BodyFormat.TEXT, "b".repeat(n))),
                limit("tags[0]", Limits.MAX_TERM_LENGTH, n -> Fixtures.article().addTag("t".repeat(n)).build()),
                limit("categories[0]", Limits.MAX_TERM_LENGTH, n -> Fixtures.article().addCategory("c".repeat(n)).build()),
                limit("name", Limits.MAX_NAME_LENGTH, n -> Author.builder().id("a").name("n".repeat(n)).build()),
                limit("id", Limits.MAX_ID_LENGTH, n -> Author.builder().id("a".repeat(n)).name("n").build()),
                limit("bio", Limits.MAX_BIO_LENGTH, n -> Author.builder().id("a").name("n").bio("b".repeat(n)).build()),
                limit("affiliations[0]", Limits.MAX_NAME_LENGTH, n -> Author.builder().id("a").name("n").addAffiliation("a".repeat(n)).build()),
                limit("expertise[0]", Limits.MAX_NAME_LENGTH, n -> Author.builder().id("a").name("n").addExpertise("e".repeat(n)).build()),
                limit("alt", Limits.MAX_CAPTION_LENGTH, n -> Image.builder().url(URL).alt("a".repeat(n)).build()),
                limit("caption", Limits.MAX_CAPTION_LENGTH, n -> Image.builder().url(URL).caption("c".repeat(n)).build()),
                limit("credit", Limits.MAX_CAPTION_LENGTH, n -> Image.builder().url(URL).credit("c".repeat(n)).build()),
                limit("title", Limits.MAX_TITLE_LENGTH, n -> Translation.builder().locale(Locale.GERMAN).url(URL).title("t".repeat(n)).build()),
                limit("title", Limits.MAX_TITLE_LENGTH, n -> RelatedPost.of("t".repeat(n), URL)),
                limit("summary", Limits.MAX_SUMMARY_LENGTH, n -> RelatedPost.builder().title("t").url(URL).summary("s".repeat(n)).build()),
                limit("slug", Limits.MAX_SLUG_LENGTH, n -> Slug.of("s".repeat(n))),
                limit("url", Limits.MAX_URL_LENGTH, n -> Image.of(URI.create("https://example.org/" + "u".repeat(n - 20)))));
    }

    static Stream<Arguments> counts() {
        return Stream.of(
                count("tags", n -> Fixtures.article().tags(terms(n)).build()),
                count("categories", n -> Fixtures.article().categories(terms(n)).build()),
                count("authors", n -> Fixtures.article().authors(IntStream.range(0, n)
                        .mapToObj(i -> Author.builder().id("a" + i).name("n").build()).collect(Collectors.toList())).build()),
                count("translations", n -> Fixtures.article().translations(IntStream.range(0, n)
                        .mapToObj(i -> Translation.of(Locale.forLanguageTag("de-x-" + (10_000 + i)), URL)).collect(Collectors.toList())).build()),
                count("related", n -> Fixtures.article().related(IntStream.range(0, n)
                        .mapToObj(i -> RelatedPost.of("t", URL)).collect(Collectors.toList())).build()),
                count("affiliations", n -> Author.builder().id("a").name("n").affiliations(terms(n)).build()),
                count("expertise", n -> Author.builder().id("a").name("n").expertise(terms(n)).build()),
                count("languages", n -> Author.builder().id("a").name("n").languages(IntStream.range(0, n)
                        .mapToObj(i -> LanguageSkill.of(Locale.forLanguageTag("de-x-" + (10_000 + i)), Proficiency.BASIC))
                        .collect(Collectors.toList())).build()),
                count("sameAs", n -> Author.builder().id("a").name("n").sameAs(IntStream.range(0, n)
                        .mapToObj(i -> URI.create("https://example.org/" + i)).collect(Collectors.toList())).build()));
    }

    private static List<String> terms(int n) {
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add("t" + i);
        }
        return list;
    }

    private static Arguments limit(String path, int max, Function<Integer, Object> build) {
        return Arguments.of(path, max, build);
    }

    private static Arguments count(String path, Function<Integer, Object> build) {
        return Arguments.of(path, build);
    }

    @ParameterizedTest(name = "{0} <= {1}")
    @MethodSource("limits")
    void lengthLimitIsInclusive(String path, int max, Function<Integer, Object> build) {
        assertThat(build.apply(max)).isNotNull();
        assertThatThrownBy(() -> build.apply(max + 1))
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith(path + ": must be at most " + max + " characters long, is " + (max + 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("counts")
    void listSizeLimitIsInclusive(String path, Function<Integer, Object> build) {
        assertThat(build.apply(Limits.MAX_LIST_SIZE)).isNotNull();
        assertThatThrownBy(() -> build.apply(Limits.MAX_LIST_SIZE + 1))
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessage(path + ": must have at most 1000 entries, has 1001");
    }

    /** Code points on both sides of each forbidden range, in a title (one line) and a summary (prose). */
    @ParameterizedTest(name = "U+{0}")
    @CsvSource({
        // code point, allowed in a title, allowed in a summary
        "0000, false, false", "0008, false, false", "0009, false, true", "000A, false, true", "000D, false, true",
        "001F, false, false", "0020, true, true", "007E, true, true", "007F, false, false", "0080, false, false",
        "009F, false, false", "00A0, true, true", "200F, true, true", "2029, true, true", "202A, false, false",
        "202E, false, false", "202F, true, true", "2065, true, true", "2066, false, false", "2069, false, false",
        "206A, true, true", "FDCF, true, true", "FDD0, false, false", "FDEF, false, false", "FDF0, true, true",
        "FFFD, true, true", "FFFE, false, false", "1FFFE, false, false", "1F600, true, true"})
    void characterRangesAreExact(String hex, boolean inTitle, boolean inSummary) {
        String text = "a" + new String(Character.toChars(Integer.parseInt(hex, 16))) + "b";
        check(() -> Fixtures.article().title(text).build(), inTitle, "title: ");
        check(() -> Fixtures.article().summary(text).build(), inSummary, "summary: ");
    }

    private static void check(org.assertj.core.api.ThrowableAssert.ThrowingCallable build, boolean allowed, String prefix) {
        if (allowed) {
            org.assertj.core.api.Assertions.assertThatCode(build).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(build).isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith(prefix + "must not contain");
        }
    }

    @ParameterizedTest
    @CsvSource({"a, true", "z, true", "0, true", "9, true", "A, false", "Z, false", "@, false", "[, false",
        "`, false", "{, false", "/, false", ":, false", "µ, true", "ß, true", "ǅ, false", "ʰ, true", "٣, true"})
    void slugCharacterBoundaries(String c, boolean allowed) {
        assertThat(Slug.isValid("x" + c)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"xA, must be lowercase", "xZ, must be lowercase", "x@, must contain only", "x[, must contain only"})
    void slugUppercaseBoundariesHaveTheirOwnMessage(String value, String rule) {
        assertThatThrownBy(() -> Slug.of(value)).isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("slug: " + rule);
    }

    @Test
    void slugValidityIncludesTheLengthLimit() {
        assertThat(Slug.isValid("s".repeat(Limits.MAX_SLUG_LENGTH))).isTrue();
        assertThat(Slug.isValid("s".repeat(Limits.MAX_SLUG_LENGTH + 1))).isFalse();
    }

    @Test
    void shownValuesAreCutAtSixtyCharacters() {
        String sixty = "v".repeat(60);
        assertThat(new InvalidArticleException("p", "r", sixty).value()).contains(sixty);
        assertThat(new InvalidArticleException("p", "r", sixty + "w").value()).contains("v".repeat(59) + "…");
    }

    @Test
    void surrogatePairsAreFineInExtensions() {
        assertThat(Extensions.of(Map.of("emoji", "😀😀", "😀", "key")).asMap()).containsEntry("emoji", "😀😀").containsEntry("😀", "key");
        assertThatThrownBy(() -> Extensions.of(Map.of("k", "😀\uD83D")))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("extensions.k: must not contain unpaired surrogates");
    }

    @Test
    void languageCodeLengthIsTwoOrThreeLetters() {
        assertThatThrownBy(() -> Translation.of(new Locale("a1"), URL))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageContaining("two or three letters");
        assertThat(Translation.of(new Locale("ps"), URL).locale().getLanguage()).isEqualTo("ps");
        assertThat(Translation.of(new Locale("prs"), URL).locale().getLanguage()).isEqualTo("prs");
        assertThatThrownBy(() -> Translation.of(new Locale("a"), URL))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageContaining("two or three letters");
        assertThatThrownBy(() -> Translation.of(new Locale("abcd"), URL))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageContaining("two or three letters");
    }

    @Test
    void imageDimensionBoundaries() {
        assertThat(Image.builder().url(URL).width(1).height(Limits.MAX_IMAGE_DIMENSION).build().width()).hasValue(1);
        assertThatThrownBy(() -> Image.builder().url(URL).width(Limits.MAX_IMAGE_DIMENSION + 1).build())
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("width: must be between 1 and 100000");
        assertThatThrownBy(() -> Image.builder().url(URL).height(0).build())
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("height: must be between 1 and 100000");
    }

    @Test
    void extensionStringLengthLimit() {
        String max = "x".repeat(Limits.MAX_EXTENSION_STRING_LENGTH);
        assertThat(Extensions.of(Map.of("k", max)).asMap()).containsKey("k");
        assertThatThrownBy(() -> Extensions.of(Map.of("k", max + "x")))
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("extensions.k: must be at most 1000000 characters long, is 1000001");
        assertThatThrownBy(() -> Extensions.of(Map.of(max + "x", "v")))
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("must be at most 1000000 characters long");
    }

    @Test
    void everyOwnerRefusesExtensionKeysThatAreItsAttributes() {
        Extensions clash = Extensions.of(Map.of("url", "x"));
        assertThatThrownBy(() -> Image.builder().url(URL).extensions(clash).build())
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("extensions.url: must not use the name of a known attribute");
        assertThatThrownBy(() -> RelatedPost.builder().title("t").url(URL).extensions(clash).build())
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("extensions.url: ");
        assertThatThrownBy(() -> Translation.builder().locale(Locale.GERMAN).url(URL).extensions(clash).build())
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("extensions.url: ");
        assertThat(Image.builder().url(URL).extensions(Extensions.of(Map.of("focalPoint", "center"))).build().extensions().isEmpty()).isFalse();
        assertThatThrownBy(() -> Body.builder().format(BodyFormat.TEXT).content("x")
                .extensions(Extensions.of(Map.of("content", "y"))).build())
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("extensions.content: must not use the name of a known attribute");
        assertThatThrownBy(() -> LanguageSkill.builder().language(Locale.GERMAN).proficiency(Proficiency.FLUENT)
                .extensions(Extensions.of(Map.of("cefr", "C1"))).build())
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("extensions.cefr: must not use the name of a known attribute");
    }

    @Test
    void wireNamesAreTheLowercaseWords() {
        assertThat(Proficiency.NATIVE.wireName()).isEqualTo("native");
        assertThat(BodyFormat.HTML.wireName()).isEqualTo("html");
    }
}
