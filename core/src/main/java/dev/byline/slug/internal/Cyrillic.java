package dev.byline.slug.internal;

import org.jspecify.annotations.Nullable;

/**
 * The shape shared by the Cyrillic romanizations: a table from each lowercase letter
 * (U+0430..U+052F) to its Latin spelling, plus the context rules a language adds by overriding
 * {@link #spell}. Letters a language does not list fall back to {@link #DEFAULTS}, readable
 * spellings of the letters of the other Cyrillic alphabets.
 */
abstract class Cyrillic implements ScriptRules {

    static final int FIRST = 0x400;
    static final int END = 0x530;
    private static final int TABLE_FIRST = 0x430;

    /** Spellings for letters no language table lists (Kazakh, Tatar, Tajik, Macedonian...). */
    private static final @Nullable String[] DEFAULTS = defaults();

    private final @Nullable String[] table;

    /** @param pairs letter, spelling, letter, spelling... (lowercase letters) */
    Cyrillic(String... pairs) {
        table = DEFAULTS.clone();
        for (int i = 0; i < pairs.length; i += 2) {
            table[pairs[i].charAt(0) - TABLE_FIRST] = pairs[i + 1];
        }
    }

    static boolean covers(int c) {
        return c >= FIRST && c < END;
    }

    static boolean isVowel(char c) {
        return "аеёиоуыэюяєіїў".indexOf(c) >= 0;
    }

    /** The table spelling of a lowercase letter, or null if it is not a letter. */
    final @Nullable String table(char c) {
        return c >= TABLE_FIRST && c < END ? table[c - TABLE_FIRST] : null;
    }

    /**
     * The spelling of one lowercase letter in context.
     *
     * @param c the letter
     * @param prev the previous letter of the same word, or 0
     * @param next the next letter of the same word, or 0
     * @param wordStart whether the letter starts a word
     * @return the spelling (may be empty), or null if {@code c} is not a letter
     */
    @Nullable String spell(char c, char prev, char next, boolean wordStart) {
        return table(c);
    }

    @Override
    public final int write(String s, int start, SlugBuilder out) {
        int n = s.length();
        int i = start;
        char prev = 0;
        char c = Character.toLowerCase(s.charAt(i));
        while (true) {
            char next = i + 1 < n && covers(s.charAt(i + 1)) ? Character.toLowerCase(s.charAt(i + 1)) : 0;
            String spelled = spell(c, prev, next, prev == 0 && out.atWordStart());
            if (spelled == null) {
                if (!Marks.isMark(c)) {
                    out.boundary(); // Cyrillic punctuation and symbols such as U+0482
                    prev = 0;
                }
            } else {
                out.append(spelled);
                prev = c;
            }
            i++;
            if (next == 0) {
                return i;
            }
            c = next;
        }
    }

    private static @Nullable String[] defaults() {
        @Nullable String[] t = new String[END - TABLE_FIRST];
        String[] pairs = {
            "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ж", "zh", "з", "z", "и", "i",
            "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s",
            "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch",
            "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya",
            "ѐ", "e", "ё", "e", "ђ", "dj", "ѓ", "gj", "є", "ye", "ѕ", "dz", "і", "i", "ї", "yi", "ј", "j",
            "љ", "lj", "њ", "nj", "ћ", "c", "ќ", "kj", "ѝ", "i", "ў", "u", "џ", "dzh",
            "ѡ", "o", "ѣ", "e", "ѥ", "ye", "ѧ", "ya", "ѩ", "ya", "ѫ", "u", "ѭ", "yu", "ѯ", "ks", "ѱ", "ps",
            "ѳ", "f", "ѵ", "i", "ѹ", "u", "ѻ", "o", "ѽ", "o", "ѿ", "ot", "ҁ", "k",
            "ґ", "g", "ғ", "gh", "ҕ", "g", "җ", "zh", "ҙ", "z", "қ", "q", "ҝ", "k", "ҟ", "k", "ҡ", "k",
            "ң", "ng", "ҥ", "ng", "ҧ", "p", "ҩ", "o", "ҫ", "s", "ҭ", "t", "ү", "u", "ұ", "u", "ҳ", "h",
            "ҵ", "ts", "ҷ", "j", "ҹ", "ch", "һ", "h", "ҽ", "ch", "ҿ", "ch", "ӏ", "", "ӂ", "zh", "ӄ", "q",
            "ӆ", "l", "ӈ", "ng", "ӊ", "n", "ӌ", "ch", "ӎ", "m", "ә", "a", "ө", "o", "ӡ", "dz",
            "ԁ", "d", "ԃ", "dj", "ԅ", "z", "ԇ", "dz", "ԉ", "lj", "ԋ", "nj", "ԍ", "s", "ԏ", "t",
            "ԑ", "e", "ԓ", "l", "ԕ", "l", "ԗ", "r", "ԙ", "ya", "ԛ", "q", "ԝ", "w", "ԟ", "q", "ԡ", "nj",
            "ԣ", "n", "ԥ", "p", "ԧ", "sh", "ԩ", "n", "ԫ", "dzh", "ԭ", "dl", "ԯ", "l",
        };
        for (int i = 0; i < pairs.length; i += 2) {
            t[pairs[i].charAt(0) - TABLE_FIRST] = pairs[i + 1];
        }
        // letters with marks (Chuvash, Udmurt, Mari, Komi...) spell like their base letter
        String marked = "ӑa ӓa ӗe ӛa ӝzh ӟz ӣi ӥi ӧo ӫo ӭe ӯu ӱu ӳu ӵch ӹy ѷi ӂzh ӕae ӡdz ӷg ӻg ӽkh ӿkh ԛq";
        for (String e : marked.split(" ")) {
            if (t[e.charAt(0) - TABLE_FIRST] == null) {
                t[e.charAt(0) - TABLE_FIRST] = e.substring(1);
            }
        }
        return t;
    }
}
