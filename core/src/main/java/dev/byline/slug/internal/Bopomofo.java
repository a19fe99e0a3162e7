package dev.byline.slug.internal;

/**
 * Bopomofo (Zhuyin) as toneless Hanyu Pinyin, one syllable per word as {@link Chinese} writes
 * ideographs: a syllable is an initial, a medial ({@code ㄧ ㄨ ㄩ}) and a final, spelled by the
 * pinyin rules ({@code ㄧ} is {@code y} and {@code ㄨ} is {@code w} without an initial,
 * {@code ㄧㄡ iu}, {@code ㄨㄟ ui}, {@code ㄨㄣ un}, {@code ㄨㄥ ong}, {@code ㄩ u} after
 * {@code j q x}, the {@code i} of {@code ㄓ ㄔ ㄕ ㄖ ㄗ ㄘ ㄙ} alone): {@code ㄅㄟˇ ㄐㄧㄥ} is
 * {@code bei-jing}. Tone marks end a syllable; a syllable starts again at each initial, and at a
 * medial or final that cannot continue the one before. A lone initial is its letter:
 * {@code ㄅㄆㄇㄈ} is {@code b-p-m-f}. ({@code ü} is {@code u}, as Latin-ASCII writes it.)
 * Immutable and thread-safe.
 */
final class Bopomofo implements ScriptRules {

    static final Bopomofo RULES = new Bopomofo();

    private static final String INITIALS = "ㄅㄆㄇㄈㄉㄊㄋㄌㄍㄎㄏㄐㄑㄒㄓㄔㄕㄖㄗㄘㄙㄪㄫㄬ";
    private static final String[] INITIAL = "b p m f d t n l g k h j q x zh ch sh r z c s v ng gn".split(" ");
    private static final String FINALS = "ㄚㄛㄜㄝㄞㄟㄠㄡㄢㄣㄤㄥㄦㄭ";
    private static final String[] FINAL = "a o e e ai ei ao ou an en ang eng er i".split(" ");

    private Bopomofo() {}

    static boolean covers(int c) {
        return c >= 0x3100 && c < 0x3130 || c >= 0x31A0 && c < 0x31C0;
    }

    /** The tone marks written after a syllable: ˊ ˇ ˋ ˙ and the two of the extended tones. */
    private static boolean isTone(int c) {
        return c == 0x02CA || c == 0x02C7 || c == 0x02CB || c == 0x02D9 || c == 0x02EA || c == 0x02EB;
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = ScriptRules.runEnd(s, start, c -> covers(c) || isTone(c));
        int i = start;
        while (i < end) {
            int initial = INITIALS.indexOf(s.charAt(i));
            if (initial >= 0) {
                i++;
            }
            char medial = i < end && "ㄧㄨㄩ".indexOf(s.charAt(i)) >= 0 ? s.charAt(i) : 0;
            if (medial != 0) {
                i++;
            }
            int fin = i < end ? FINALS.indexOf(s.charAt(i)) : -1;
            if (fin >= 0) {
                i++;
            }
            if (initial < 0 && medial == 0 && fin < 0) {
                i++; // tone marks, extended Bopomofo: not read
                continue;
            }
            out.boundary();
            out.append(syllable(initial, medial, fin));
            out.boundary();
        }
        return end;
    }

    private static String syllable(int initial, char medial, int fin) {
        String init = initial >= 0 ? INITIAL[initial] : "";
        String f = fin >= 0 ? FINAL[fin] : "";
        if (medial == 0) {
            if (fin < 0 && initial >= 14 && initial <= 20) {
                return init + "i"; // ㄓ zhi ... ㄙ si
            }
            return init + f;
        }
        boolean none = initial < 0;
        if (medial == 'ㄧ') {
            if (fin < 0) {
                return none ? "yi" : init + "i";
            }
            String rest = f.equals("ou") ? "iu" : f.equals("en") ? "in" : f.equals("eng") ? "ing" : "i" + f;
            if (none) {
                return rest.equals("iu") ? "you" : rest.startsWith("in") ? "y" + rest : "y" + rest.substring(1);
            }
            return init + rest;
        }
        if (medial == 'ㄨ') {
            if (fin < 0) {
                return none ? "wu" : init + "u";
            }
            if (none) {
                return "w" + (f.equals("o") ? "o" : f);
            }
            String rest = f.equals("ei") ? "ui" : f.equals("en") ? "un" : f.equals("eng") ? "ong" : f.equals("o") ? "uo"
                    : "u" + f;
            return init + rest;
        }
        // ㄩ
        String rest = fin < 0 ? "u" : f.equals("e") ? "ue" : f.equals("an") ? "uan" : f.equals("en") ? "un"
                : f.equals("eng") ? "iong" : "u" + f;
        if (none) {
            return rest.equals("iong") ? "yong" : "y" + rest;
        }
        return init + rest;
    }
}
