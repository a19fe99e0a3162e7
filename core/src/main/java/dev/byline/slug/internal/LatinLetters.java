package dev.byline.slug.internal;

import java.text.Normalizer;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * ASCII spellings of the Latin letters from U+0080 to U+024F and from U+1E00 to U+1EFF: the base
 * letter of every accented letter (by canonical decomposition, so {@code é ő ș ư ỹ} lose their
 * marks), plus the letters that do not decompose ({@code ß ss}, {@code æ ae}, {@code ø o},
 * {@code đ d}, {@code ł l}, {@code þ th}, {@code ı i}...). These are the answers of ICU's
 * {@code Latin-ASCII} transform, which {@code LatinLettersTest} checks. Languages override single
 * letters ({@link German}, {@link Danish}, {@link SerboCroatian}).
 */
final class LatinLetters {

    static final int FIRST_BLOCK_END = 0x250;
    static final int SECOND_BLOCK = 0x1E00;
    static final int SECOND_BLOCK_END = 0x1F00;
    private static final int SIZE = FIRST_BLOCK_END - 0x80 + SECOND_BLOCK_END - SECOND_BLOCK;

    /**
     * The default table, built on the first Latin letter outside ASCII (the holder class idiom):
     * building it asks the JDK's normalizer, whose data would otherwise load on any first
     * non-ASCII title, Cyrillic or Chinese too.
     */
    private static final class Default {
        static final @Nullable String[] TABLE = build();
    }

    private LatinLetters() {}

    /** Whether the table covers a code point. */
    static boolean covers(int cp) {
        return cp >= 0x80 && cp < FIRST_BLOCK_END || cp >= SECOND_BLOCK && cp < SECOND_BLOCK_END;
    }

    static int index(int cp) {
        return cp < FIRST_BLOCK_END ? cp - 0x80 : FIRST_BLOCK_END - 0x80 + cp - SECOND_BLOCK;
    }

    /** The default table with some letters (given in lowercase; uppercase follows) respelled. */
    static @Nullable String[] withSpellings(Map<Character, String> spellings) {
        if (spellings.isEmpty()) {
            return Default.TABLE;
        }
        @Nullable String[] table = Default.TABLE.clone();
        for (Map.Entry<Character, String> e : spellings.entrySet()) {
            char letter = e.getKey();
            table[index(letter)] = e.getValue();
            int upper = Character.toUpperCase((int) letter);
            if (upper != letter && covers(upper)) {
                table[index(upper)] = e.getValue();
            }
        }
        return table;
    }

    private static @Nullable String[] build() {
        @Nullable String[] table = new String[SIZE];
        Map<Character, String> special = Language.spellings(
                "ß", "ss", "ẞ", "ss", "æ", "ae", "ǽ", "ae", "ǣ", "ae", "ø", "o", "ǿ", "o", "đ", "d", "ð", "d",
                "þ", "th", "ł", "l", "ı", "i", "œ", "oe", "ĳ", "ij", "ŉ", "n", "ŋ", "n", "ħ", "h", "ŧ", "t",
                "ſ", "s", "ƒ", "f", "ŀ", "l", "ĸ", "q", "ǆ", "dz", "ǅ", "dz", "ǳ", "dz", "ǲ", "dz",
                "ǉ", "lj", "ǈ", "lj", "ǌ", "nj", "ǋ", "nj", "ª", "a", "º", "o", "ƀ", "b", "ɓ", "b",
                "ƈ", "c", "ɗ", "d", "ƌ", "d", "ɖ", "d", "ɠ", "g", "ǥ", "g", "ɦ", "h", "ɨ", "i", "ƙ", "k",
                "ƚ", "l", "ɲ", "n", "ƞ", "n", "ɵ", "o", "ƥ", "p", "ʠ", "q", "ɍ", "r", "ʂ", "s", "ƫ", "t",
                "ƭ", "t", "ʈ", "t", "ʉ", "u", "ʋ", "v", "ƴ", "y", "ɏ", "y", "ƶ", "z", "ȥ", "z", "ʐ", "z",
                "ȸ", "db", "ȹ", "qp", "ȡ", "d", "ȴ", "l", "ȵ", "n", "ȶ", "t", "ȷ", "j", "ȼ", "c", "ɇ", "e",
                "ɉ", "j", "ɋ", "q", "ȿ", "s", "ɀ", "z", "ƣ", "oi", "ȣ", "ou", "ƕ", "hv", "ƿ", "w", "ǝ", "e",
                "ȝ", "y", "ɂ", "", "ƛ", "l", "ɐ", "a", "ə", "e", "ɛ", "e", "ɔ", "o", "ɩ", "i", "ƨ", "",
                "ƅ", "", "ƽ", "", "ƹ", "", "ƺ", "", "ƻ", "", "ƾ", "", "ǀ", "", "ǁ", "", "ǂ", "", "ǃ", "",
                "ỻ", "ll", "ỽ", "v", "ỿ", "y", "ẜ", "s", "ẝ", "s", "ẟ", "d", "ʒ", "z", "ǯ", "z", "ƺ", "z");
        for (int cp = 0x80; cp < SECOND_BLOCK_END; cp++) {
            if (!covers(cp)) {
                continue;
            }
            String ascii;
            if (special.containsKey((char) cp)) {
                ascii = special.get((char) cp);
            } else if (special.containsKey((char) Character.toLowerCase(cp))) {
                ascii = special.get((char) Character.toLowerCase(cp));
            } else if (Character.isLetter(cp)) {
                ascii = baseLetters(cp);
            } else {
                continue; // punctuation, symbols, spaces: not letters
            }
            if (ascii != null && !ascii.isEmpty()) {
                table[index(cp)] = ascii;
            }
        }
        return table;
    }

    private static @Nullable String baseLetters(int cp) {
        String nfd = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(2);
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (c >= 'a' && c <= 'z') {
                sb.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                sb.append((char) (c + ('a' - 'A')));
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
