package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CyrillicTest {

    private static String write(Cyrillic rules, String s) {
        SlugBuilder out = new SlugBuilder('-', 16);
        int end = rules.write(s, 0, out);
        assertThat(end).isEqualTo(s.length());
        return out.toString();
    }

    @Test
    void coversTheCyrillicAndCyrillicSupplementBlocks() {
        assertThat(Cyrillic.covers(0x03FF)).isFalse();
        assertThat(Cyrillic.covers(0x0400)).isTrue();
        assertThat(Cyrillic.covers(0x052F)).isTrue();
        assertThat(Cyrillic.covers(0x0530)).isFalse();
    }

    @Test
    void tableSpellsTheLowercaseLettersOnly() {
        assertThat(Russian.RULES.table('ж')).isEqualTo("zh");
        assertThat(Russian.RULES.table('ԯ')).isEqualTo("l"); // U+052F, the last letter of the table
        assertThat(Russian.RULES.table('Я')).isNull();
        assertThat(Russian.RULES.table('\u0530')).isNull();
    }

    @Test
    void aLanguagesPairsReplaceTheDefaultsOfTheirLettersOnly() {
        Cyrillic rules = new Cyrillic("щ", "sht", "ъ", "a") {};

        assertThat(rules.table('щ')).isEqualTo("sht");
        assertThat(rules.table('ъ')).isEqualTo("a");
        assertThat(rules.table('ж')).isEqualTo("zh");
        assertThat(Russian.RULES.table('щ')).isEqualTo("shch");
    }

    @Test
    void aCyrillicSymbolSeparatesWordsAndACombiningMarkIsDropped() {
        assertThat(write(Russian.RULES, "аб҂вг")).isEqualTo("ab-vg"); // U+0482 thousands sign
        assertThat(write(Russian.RULES, "а\u0483б")).isEqualTo("ab"); // U+0483 titlo
    }
}
