package dev.byline.slug.internal;

import java.util.Set;

/**
 * Serbian, Croatian, Bosnian and Montenegrin. Serbian Cyrillic is written as the Latin alphabet
 * of the same language spells it ({@code ђ đ}, {@code ж ž}, {@code ћ ć}, {@code ч č},
 * {@code џ dž}, {@code љ lj}, {@code њ nj}, {@code ш š}), then without marks, the way sites in
 * these languages write URLs: {@code Чачак} and {@code Čačak} are both {@code cacak}. The one
 * exception to dropping marks is {@code đ}, written {@code dj} ({@code Đoković} and
 * {@code Ђоковић} are {@code djokovic}), as is customary; ICU's {@code Latin-ASCII} writes
 * {@code d}.
 */
final class SerboCroatian extends Cyrillic {

    static final SerboCroatian RULES = new SerboCroatian();

    static final Language SERBIAN = language("sr");
    static final Language CROATIAN = language("hr");
    static final Language BOSNIAN = language("bs");
    static final Language MONTENEGRIN = language("cnr");

    private SerboCroatian() {
        super("ђ", "dj", "ж", "z", "ћ", "c", "ч", "c", "џ", "dz", "ш", "s", "х", "h", "ц", "c",
                "ј", "j", "љ", "lj", "њ", "nj");
    }

    private static Language language(String code) {
        return new Language(code, "i", Language.spellings("đ", "dj"), RULES, Set.of());
    }
}
