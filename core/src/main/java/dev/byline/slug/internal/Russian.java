package dev.byline.slug.internal;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Russian: the BGN/PCGN romanization in ASCII, the same answers as ICU's
 * {@code Russian-Latin/BGN} without its marks ({@code ʹ ʺ ·}): {@code ж zh}, {@code х kh},
 * {@code ц ts}, {@code ч ch}, {@code ш sh}, {@code щ shch}, {@code ы y}, {@code й y},
 * {@code ю yu}, {@code я ya}, hard and soft signs dropped; {@code е} and {@code ё} are {@code ye}
 * at the start of a word and after a vowel, {@code й}, {@code ъ} or {@code ь}. Also the Cyrillic
 * rules when the locale names no Cyrillic language.
 */
final class Russian extends Cyrillic {

    static final Russian RULES = new Russian();

    static final Language LANGUAGE = new Language("ru", "i", Map.of(), RULES, Set.of());

    private Russian() {
        super();
    }

    @Override
    @Nullable String spell(char c, char prev, char next, boolean wordStart) {
        if (c == 'е' || c == 'ё') {
            return wordStart || isVowel(prev) || prev == 'й' || prev == 'ъ' || prev == 'ь' ? "ye" : "e";
        }
        return table(c);
    }
}
