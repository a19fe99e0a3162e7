package dev.byline.slug.internal;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Ukrainian: the national romanization (Cabinet of Ministers resolution 55 of 2010), used on
 * passports and road signs: {@code г h}, {@code ґ g}, {@code и y}, {@code і i}, {@code х kh},
 * {@code щ shch}; {@code є ї й ю я} are {@code ye yi y yu ya} at the start of a word and
 * {@code ie i i iu ia} inside it; {@code зг} is {@code zgh}; the soft sign and the apostrophe are
 * dropped. So {@code Київ} is {@code kyiv}, {@code Харків} {@code kharkiv}, {@code Юрій}
 * {@code yurii}. (ICU's {@code Ukrainian-Latin/BGN} is the older BGN system: {@code Kyyiv}.)
 */
final class Ukrainian extends Cyrillic {

    static final Ukrainian RULES = new Ukrainian();

    static final Language LANGUAGE = new Language("uk", "i", Map.of(), RULES, Set.of());

    private Ukrainian() {
        super("г", "h", "ґ", "g", "е", "e", "и", "y", "і", "i", "х", "kh", "ь", "");
    }

    @Override
    @Nullable String spell(char c, char prev, char next, boolean wordStart) {
        switch (c) {
            case 'є': return wordStart ? "ye" : "ie";
            case 'ї': return wordStart ? "yi" : "i";
            case 'й': return wordStart ? "y" : "i";
            case 'ю': return wordStart ? "yu" : "iu";
            case 'я': return wordStart ? "ya" : "ia";
            case 'г': return prev == 'з' ? "gh" : "h";
            default: return table(c);
        }
    }
}
