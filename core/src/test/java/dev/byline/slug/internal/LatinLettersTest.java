package dev.byline.slug.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The default Latin table gives ICU's Latin-ASCII answer for every letter ICU has an answer for;
 * the few letters ICU leaves alone ({@code ª ə ȝ ƿ}) get a spelling of their own.
 */
class LatinLettersTest {

    @Test
    void everyCoveredLetterSpellsAsIcuLatinAscii() {
        Transliterator icu = Transliterator.getInstance("Latin-ASCII");
        Language defaults = Language.of(Locale.ROOT);
        Map<String, String> differences = new TreeMap<>();
        int checked = 0;
        for (int cp = 0x80; cp < LatinLetters.SECOND_BLOCK_END; cp++) {
            String spelled = LatinLetters.covers(cp) ? defaults.latin(cp) : null;
            if (spelled == null) {
                continue;
            }
            String letter = new String(Character.toChars(cp));
            String expected = icu.transliterate(letter).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            if (expected.isEmpty()) {
                continue; // ICU has no ASCII spelling (ª, ə, ȝ, ǯ...): byline's own spelling stands
            }
            checked++;
            if (!expected.equals(spelled)) {
                differences.put(String.format("U+%04X %s", cp, letter), spelled + " vs ICU " + expected);
            }
        }
        assertThat(checked).isGreaterThan(600);
        assertThat(differences).isEmpty();
    }

    @Test
    void languagesRespellOnlyTheirLetters() {
        assertThat(German.LANGUAGE.latin('ä')).isEqualTo("ae");
        assertThat(German.LANGUAGE.latin('Ü')).isEqualTo("ue");
        assertThat(German.LANGUAGE.latin('é')).isEqualTo("e");
        assertThat(Danish.DANISH.latin('Ø')).isEqualTo("oe");
        assertThat(SerboCroatian.CROATIAN.latin('Đ')).isEqualTo("dj");
        assertThat(Language.DEFAULT.latin('ä')).isEqualTo("a");
        assertThat(Language.DEFAULT.latin('đ')).isEqualTo("d");
    }

    @Test
    void coversTheLatinSupplementToExtendedBAndLatinExtendedAdditional() {
        assertThat(LatinLetters.covers(0x7F)).isFalse();
        assertThat(LatinLetters.covers(0x80)).isTrue();
        assertThat(LatinLetters.covers(0x24F)).isTrue();
        assertThat(LatinLetters.covers(0x250)).isFalse();
        assertThat(LatinLetters.covers(0x1DFF)).isFalse();
        assertThat(LatinLetters.covers(0x1E00)).isTrue();
        assertThat(LatinLetters.covers(0x1EFF)).isTrue();
        assertThat(LatinLetters.covers(0x1F00)).isFalse();
    }

    @Test
    void aRespelledLowercaseLetterRespellsItsUppercaseToo() {
        @Nullable String[] table = LatinLetters.withSpellings(Map.of('ä', "ae", 'ß', "sz"));

        assertThat(table[LatinLetters.index('ä')]).isEqualTo("ae");
        assertThat(table[LatinLetters.index('Ä')]).isEqualTo("ae");
        assertThat(table[LatinLetters.index('ß')]).isEqualTo("sz");
        assertThat(table[LatinLetters.index('ẞ')]).isEqualTo("ss");
        assertThat(table[LatinLetters.index('ö')]).isEqualTo("o");
        assertThat(LatinLetters.withSpellings(Map.of())[LatinLetters.index('ä')]).isEqualTo("a");
    }
}
