package dev.byline.slug.internal;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bulgarian: the official Streamlined System (Transliteration Act 2009), which BGN/PCGN adopted:
 * {@code ж zh}, {@code х h}, {@code ц ts}, {@code ч ch}, {@code ш sh}, {@code щ sht},
 * {@code ъ a} (a vowel in Bulgarian, never dropped), {@code ь y}, {@code ю yu}, {@code я ya},
 * and {@code ия} at the end of a word is {@code ia}: {@code България} is {@code balgaria},
 * {@code София} {@code sofia}.
 */
final class Bulgarian extends Cyrillic {

    static final Bulgarian RULES = new Bulgarian();

    static final Language LANGUAGE = new Language("bg", "i", Map.of(), RULES, Set.of());

    private Bulgarian() {
        super("х", "h", "щ", "sht", "ъ", "a", "ь", "y");
    }

    @Override
    @Nullable String spell(char c, char prev, char next, boolean wordStart) {
        if (c == 'я' && prev == 'и' && next == 0) {
            return "a";
        }
        return table(c);
    }
}
