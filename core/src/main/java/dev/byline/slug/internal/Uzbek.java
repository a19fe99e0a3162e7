package dev.byline.slug.internal;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Uzbek: Cyrillic is written as the official Latin alphabet spells it ({@code ў oʻ},
 * {@code ғ gʻ}, {@code қ q}, {@code ҳ h}, {@code х x}, {@code ж j}, {@code ш sh}, {@code ч ch},
 * {@code е ye} at the start of a word or after a vowel), and the Latin {@code oʻ gʻ} keep their
 * letters joined (the apostrophe, U+02BB or ASCII, joins the word), so both spellings of a title
 * give the same slug: {@code Oʻzbekiston} and {@code Ўзбекистон} are both {@code ozbekiston}.
 */
final class Uzbek extends Cyrillic {

    static final Uzbek RULES = new Uzbek();

    static final Language LANGUAGE = new Language("uz", "va", Map.of(), RULES, Set.of());

    private Uzbek() {
        super("ў", "o", "ғ", "g", "қ", "q", "ҳ", "h", "х", "x", "ж", "j", "ё", "yo", "ъ", "", "ь", "");
    }

    @Override
    @Nullable String spell(char c, char prev, char next, boolean wordStart) {
        if (c == 'е') {
            return wordStart || isVowel(prev) || prev == 'ъ' || prev == 'ь' ? "ye" : "e";
        }
        return table(c);
    }
}
