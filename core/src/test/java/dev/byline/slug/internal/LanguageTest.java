package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void onlyTurkishAndAzerbaijaniLowercaseTheDottedAndDotlessIApart() {
        assertThat(Language.of(Locale.forLanguageTag("tr")).turkicCase()).isTrue();
        assertThat(Language.of(Locale.forLanguageTag("az")).turkicCase()).isTrue();
        assertThat(Language.of(Locale.ENGLISH).turkicCase()).isFalse();
        assertThat(Language.of(Locale.ROOT).turkicCase()).isFalse();
    }

    @Test
    void aNewLanguageBuildsItsLatinTableOnFirstUse() {
        Language language = new Language("xx", "and", Map.of('ä', "ae"), Russian.RULES, Set.of());

        assertThat(language.latin('ä')).isEqualTo("ae");
        assertThat(language.latin('Ä')).isEqualTo("ae");
        assertThat(language.latin('ö')).isEqualTo("o");
    }

    @Test
    void spellingsPairEachLetterWithTheTextAfterIt() {
        assertThat(Language.spellings("ä", "ae", "ö", "oe", "ü", "ue")).isEqualTo(Map.of('ä', "ae", 'ö', "oe", 'ü', "ue"));
    }

    @Test
    void everyLanguageIsFoundByItsOwnCode() {
        Map<String, Language> all = LanguageRules.all();

        assertThat(all).containsKeys("de", "tr", "az", "ru", "uk", "en", "fa", "th");
        all.forEach((code, language) -> {
            assertThat(language.code()).isEqualTo(code);
            assertThat(LanguageRules.of(code)).isSameAs(language);
        });
        assertThat(LanguageRules.of("xx")).isSameAs(Language.DEFAULT);
    }

    @Test
    void languagesWithoutRulesOfTheirOwnHaveTheirWordForAnd() {
        assertThat(LanguageRules.of("sv").and()).isEqualTo("och");
        assertThat(LanguageRules.of("th").and()).isEqualTo("lae");
        assertThat(LanguageRules.of("en").and()).isEqualTo("and");
        assertThat(Language.DEFAULT.and()).isEqualTo("and");
    }
}
