package dev.byline.slug.internal;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Belarusian: BGN/PCGN spellings ({@code г h}, {@code ў w}, {@code х kh}, {@code ц ts},
 * {@code ё yo}, {@code ю yu}, {@code я ya}), except that {@code е} is {@code e} after a consonant
 * ({@code Беларусь} is {@code belarus}, not BGN's {@code byelarus}) and {@code ye} at the start
 * of a word or after a vowel, soft sign or apostrophe.
 */
final class Belarusian extends Cyrillic {

    static final Belarusian RULES = new Belarusian();

    static final Language LANGUAGE = new Language("be", "i", Map.of(), RULES, Set.of());

    private Belarusian() {
        super("г", "h", "ў", "w", "і", "i", "ё", "yo", "ь", "");
    }

    @Override
    @Nullable String spell(char c, char prev, char next, boolean wordStart) {
        if (c == 'е') {
            return wordStart || isVowel(prev) || prev == 'ь' ? "ye" : "e";
        }
        return table(c);
    }
}
