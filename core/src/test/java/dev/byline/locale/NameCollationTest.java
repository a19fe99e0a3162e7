package dev.byline.locale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Author;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NameCollationTest {

    private static List<String> sorted(Locale locale, String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(NameCollation.names(locale));
        return list;
    }

    @Test
    void turkishDotlessIComesBeforeDottedI() {
        Locale tr = Locale.forLanguageTag("tr");
        assertThat(sorted(tr, "İpek", "Irmak", "Hakan", "ılgın", "inci", "Jale"))
                .containsExactly("Hakan", "ılgın", "Irmak", "inci", "İpek", "Jale");
        // the root order knows no dotless i: Irmak sorts with the i's, after İpek
        assertThat(sorted(Locale.ENGLISH, "İpek", "Irmak")).containsExactly("İpek", "Irmak");
    }

    @Test
    void swedishAndGermanDifferOnUmlauts() {
        assertThat(sorted(Locale.forLanguageTag("sv"), "Östberg", "Olsson", "Zetterberg"))
                .containsExactly("Olsson", "Zetterberg", "Östberg");
        assertThat(sorted(Locale.GERMAN, "Östberg", "Olsson", "Zetterberg"))
                .containsExactly("Olsson", "Östberg", "Zetterberg");
    }

    @Test
    void authorsSortByDisplayedNameThenId() {
        Author b = Author.builder().id("2").name("Çelik").build();
        Author a = Author.builder().id("1").name("Cem").build();
        Author d = Author.builder().id("3").name("Dilek").build();
        Author a2 = Author.builder().id("0").name("Cem").build();
        assertThat(NameCollation.sortAuthors(List.of(d, b, a, a2), Locale.forLanguageTag("tr")))
                .containsExactly(a2, a, b, d);
    }
}
