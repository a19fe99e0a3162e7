package dev.byline.slug;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Slug;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real-looking titles in many languages and scripts, with the slug a careful reader expects. */
class SluggerLanguagesTest {

    static Stream<Arguments> titles() throws IOException {
        try (InputStream in = Objects.requireNonNull(SluggerLanguagesTest.class.getResourceAsStream("titles.tsv"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> Arguments.of(f[0], f[1], f[2]))
                    .collect(java.util.stream.Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @MethodSource("titles")
    void slugifiesTitleAsAReaderOfTheLanguageExpects(String tag, String title, String expected) {
        Slug slug = Slugger.forLocale(Locale.forLanguageTag(tag)).slugify(title);

        assertThat(slug.value()).isEqualTo(expected);
        assertThat(slug.isAscii()).isTrue();
    }

    @ParameterizedTest(name = "[{0}] {2}")
    @MethodSource("titles")
    void slugifyingTheSlugAgainChangesNothing(String tag, String title, String expected) {
        Slugger slugger = Slugger.forLocale(Locale.forLanguageTag(tag));

        assertThat(slugger.slugify(expected).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("titles")
    void unicodeSlugOfEveryTitleIsAValidSlug(String tag, String title, String expected) {
        Slugger slugger = Slugger.builder().locale(Locale.forLanguageTag(tag)).unicode(true).build();

        String value = slugger.slugify(title).value();

        assertThat(Slug.isValid(value)).isTrue();
        assertThat(slugger.slugify(value).value()).isEqualTo(value);
    }
}
