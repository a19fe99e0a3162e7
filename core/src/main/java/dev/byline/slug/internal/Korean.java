package dev.byline.slug.internal;

/**
 * Korean Hangul: the Revised Romanization of Korean (2000), the official system
 * ({@code 서울 seoul}, {@code 한국어 hangugeo}, {@code 대한민국 daehanminguk}). A final consonant is
 * written as it sounds: {@code k t p l} at the end of a syllable, carried over before a vowel
 * ({@code 한국어} is {@code hangugeo}), and with the usual assimilations before {@code ㄴ ㅁ ㄹ}
 * ({@code 국민 gungmin}, {@code 신라 silla}, {@code 종로 jongno}, {@code 합니다 hamnida}) and
 * {@code ㅎ} ({@code 좋다 jota}, {@code 않다 anta}). Words are separated as the text separates them. ICU's
 * {@code Hangul-Latin} is a letter-by-letter transliteration ({@code hangug-eo}), not this.
 */
final class Korean implements ScriptRules {

    static final Korean RULES = new Korean();

    private static final int FIRST = 0xAC00;
    private static final int LAST = 0xD7A3;

    private static final String[] INITIAL = {
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
    };
    private static final String[] VOWEL = {
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
        "yu", "eu", "ui", "i",
    };
    /** A final consonant before a consonant or at the end of a word. */
    private static final String[] FINAL = {
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
        "ng", "t", "t", "k", "t", "p", "t",
    };
    /** A final consonant carried over to a following vowel. */
    private static final String[] LINKED = {
        "", "g", "kk", "ks", "n", "nj", "n", "d", "r", "lg", "lm", "lb", "ls", "lt", "lp", "r", "m", "b", "bs",
        "s", "ss", "ng", "j", "ch", "k", "t", "p", "",
    };

    private static final int I_G = 0;
    private static final int I_N = 2;
    private static final int I_D = 3;
    private static final int I_R = 5;
    private static final int I_M = 6;
    private static final int I_NONE = 11;
    private static final int I_J = 12;
    private static final int F_N = 4;
    private static final int F_NH = 6;
    private static final int F_L = 8;
    private static final int F_LH = 15;
    private static final int F_H = 27;

    private Korean() {}

    static boolean covers(int c) {
        return c >= FIRST && c <= LAST;
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int n = s.length();
        int i = start;
        while (i < n && covers(s.charAt(i))) {
            int syllable = s.charAt(i) - FIRST;
            int initial = syllable / (21 * 28);
            int vowel = syllable / 28 % 21;
            int fin = syllable % 28;
            int nextInitial = -1;
            if (i + 1 < n && covers(s.charAt(i + 1))) {
                nextInitial = (s.charAt(i + 1) - FIRST) / (21 * 28);
            }
            int prevFinal = i > start ? (s.charAt(i - 1) - FIRST) % 28 : -1;
            String initialText = INITIAL[initial];
            if (initial == I_R && prevFinal > 0) {
                initialText = prevFinal == F_N || prevFinal == F_L ? "l" : "n";
            } else if (initial == I_N && prevFinal == F_L) {
                initialText = "l";
            } else if (endsInH(prevFinal) && (initial == I_G || initial == I_D || initial == I_J)) {
                initialText = initial == I_G ? "k" : initial == I_D ? "t" : "ch";
            }
            out.append(initialText);
            out.append(VOWEL[vowel]);
            out.append(finalText(fin, nextInitial));
            i++;
        }
        return i;
    }

    /** Whether a final consonant ends in ㅎ (ㅎ ㄶ ㅀ), which aspirates a following ㄱ ㄷ ㅈ. */
    private static boolean endsInH(int fin) {
        return fin == F_H || fin == F_NH || fin == F_LH;
    }

    private static String finalText(int fin, int nextInitial) {
        if (fin == 0 || nextInitial < 0) {
            return FINAL[fin];
        }
        if (nextInitial == I_NONE) {
            return LINKED[fin];
        }
        String sound = FINAL[fin];
        if (fin == F_H) {
            return nextInitial == I_N ? "n" : ""; // ㅎ aspirates the next consonant or is silent
        }
        if (nextInitial == I_N || nextInitial == I_M) {
            switch (sound) {
                case "k": return "ng";
                case "t": return "n";
                case "p": return "m";
                case "l": return "l";
                default: return sound;
            }
        }
        if (nextInitial == I_R) {
            switch (sound) {
                case "k": return "ng";
                case "p": return "m";
                case "t": return "n";
                case "n": return fin == F_N ? "l" : sound;
                default: return sound; // l stays l (ㄹㄹ is ll); m and ng make the ㄹ an n
            }
        }
        return sound;
    }
}
