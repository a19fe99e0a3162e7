package dev.byline.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.slug.Slugger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real-looking Japanese titles ({@code titles.tsv}) and their slugs with the add-on loaded. */
class JapaneseTitlesTest {

    private static final Slugger JAPANESE = Slugger.forLocale(Locale.JAPANESE);

    static Stream<Arguments> titles() throws IOException {
        String text;
        try (InputStream in = JapaneseTitlesTest.class.getResourceAsStream("titles.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Arguments> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            rows.add(Arguments.of(cells[0], cells[1]));
        }
        return rows.stream();
    }

    @Test
    void theTableHasEnoughTitles() throws IOException {
        assertThat(titles().count()).isGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("titles")
    void titlesGiveTheirSlug(String title, String slug) {
        assertThat(JAPANESE.slugify(title).value()).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("titles")
    void kanaMakeTheTitleJapaneseWithoutAJapaneseLocale(String title, String slug) {
        if (title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA)) {
            assertThat(Slugger.forLocale(Locale.ENGLISH).slugify(title).value()).isEqualTo(slug);
        }
    }
}
