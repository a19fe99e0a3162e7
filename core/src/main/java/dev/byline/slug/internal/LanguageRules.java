package dev.byline.slug.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Which rules each language uses. A language with its own rules has its own class
 * ({@link German}, {@link Turkish}, {@link Russian}...); the others differ from the defaults only
 * in their word for "and", listed here.
 */
final class LanguageRules {

    private static final Map<String, Language> BY_CODE = build();

    private LanguageRules() {}

    static Language of(String code) {
        return BY_CODE.getOrDefault(code, Language.DEFAULT);
    }

    private static Map<String, Language> build() {
        Map<String, Language> m = new HashMap<>();
        for (Language l : new Language[] {
            German.LANGUAGE, Turkish.TURKISH, Turkish.AZERBAIJANI, Danish.DANISH, Danish.NORWEGIAN,
            Danish.BOKMAL, Danish.NYNORSK, French.LANGUAGE, Italian.LANGUAGE, Catalan.LANGUAGE,
            SerboCroatian.SERBIAN, SerboCroatian.CROATIAN, SerboCroatian.BOSNIAN, SerboCroatian.MONTENEGRIN,
            Russian.LANGUAGE, Ukrainian.LANGUAGE, Belarusian.LANGUAGE, Bulgarian.LANGUAGE, Uzbek.LANGUAGE,
        }) {
            m.put(l.code(), l);
        }
        // the word for "and" of languages that otherwise follow the defaults
        String[] and = {
            "en", "and", "es", "y", "pt", "e", "gl", "e", "nl", "en", "af", "en", "sv", "och", "fi", "ja",
            "et", "ja", "is", "og", "pl", "i", "cs", "a", "sk", "a", "sl", "in", "hu", "es", "ro", "si",
            "lv", "un", "lt", "ir", "sq", "dhe", "eu", "eta", "ga", "agus", "cy", "a", "mt", "u",
            "id", "dan", "ms", "dan", "vi", "va", "tl", "at", "sw", "na", "mk", "i", "kk", "zhane",
            "el", "kai", "zh", "he", "ja", "to", "ko", "gwa", "hi", "aur", "ar", "wa", "fa", "va",
            "ur", "aur", "ps", "aw", "he", "ve", "th", "lae",
        };
        for (int i = 0; i < and.length; i += 2) {
            m.putIfAbsent(and[i], Language.DEFAULT.withAnd(and[i], and[i + 1]));
        }
        return Map.copyOf(m);
    }

    /** The codes of every language with its own entry; for tests. */
    static Map<String, Language> all() {
        return new HashMap<>(BY_CODE);
    }
}
