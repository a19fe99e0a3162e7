package dev.byline.slug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidValueException;
import dev.byline.Slug;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every script romanized from a table: at least three real-looking titles each, with the slug a
 * reader of the language expects ({@code scripts.tsv}: script, language tag, title, slug); and the
 * error for a script that has no romanization.
 */
class SluggerScriptsTest {

    static Stream<Arguments> titles() throws IOException {
        try (InputStream in = Objects.requireNonNull(SluggerScriptsTest.class.getResourceAsStream("scripts.tsv"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> Arguments.of(f[0], f[1], f[2], f[3]))
                    .collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "[{0}, {1}] {2} -> {3}")
    @MethodSource("titles")
    void slugifiesTitleFromTheScriptsTable(String script, String tag, String title, String expected) {
        Slugger slugger = Slugger.forLocale(Locale.forLanguageTag(tag));

        Slug slug = slugger.slugify(title);

        assertThat(slug.value()).isEqualTo(expected);
        assertThat(slugger.slugify(expected)).isEqualTo(slug);
        assertThat(Slugger.forLocale(Locale.ROOT).slugify(title)).as("the script decides, not the locale")
                .isEqualTo(slug);
    }

    @Test
    void everyScriptHasAtLeastThreeTitles() throws IOException {
        Map<String, Long> perScript = new TreeMap<>(titles()
                .collect(Collectors.groupingBy(a -> (String) a.get()[0], Collectors.counting())));

        assertThat(perScript).allSatisfy((script, n) -> assertThat(n).as(script).isGreaterThanOrEqualTo(3));
    }

    @Test
    void aScriptWithoutRomanizationFailsNamingTheScript() {
        Slugger slugger = Slugger.forLocale(Locale.ENGLISH);

        assertThatThrownBy(() -> slugger.slugify("ᜊᜌ᜔ᜊᜌᜒᜈ᜔ !"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("title: must contain a letter or digit that can be written in a slug (the Tagalog script"
                        + " has no romanization: use unicode(true) slugs or a fallback) (was \"ᜊᜌ᜔ᜊᜌᜒᜈ᜔ !\")")
                .satisfies(e -> assertThat(((InvalidValueException) e).path()).isEqualTo("title"));
        assertThatThrownBy(() -> slugger.slugify("ᝊᝓᝑᝒᝇ"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("(the Buhid script has no romanization: use unicode(true) slugs or a fallback)");
    }

    @Test
    void aScriptWithoutRomanizationHasUnicodeSlugsAndFallbacks() {
        assertThat(Slugger.builder().unicode(true).build().slugify("ᜊᜌ᜔ᜊᜌᜒᜈ᜔ !").value()).isEqualTo("ᜊᜌ᜔ᜊᜌᜒᜈ᜔");
        assertThat(Slugger.forLocale(Locale.ENGLISH).withFallback("post 12").slugify("ᜊᜌ᜔ᜊᜌᜒᜈ᜔").value())
                .isEqualTo("post-12");
    }

    @Test
    void punctuationOnlyStillSaysSo() {
        assertThatThrownBy(() -> Slugger.forLocale(Locale.ENGLISH).slugify("🎉 ?! ་།"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("title: must contain a letter or digit that can be written in a slug (only punctuation,"
                        + " symbols, emoji or spaces found) (was \"🎉 ?! ་།\")");
    }
}
