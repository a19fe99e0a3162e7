package dev.byline.slug.internal;


/**
 * Burmese in the Myanmar script by BGN/PCGN 1970 Burmese, in ASCII, as Myanmar place names are
 * written in English: {@code ခ hk}, {@code ဆ hs}, {@code ထ ht}, {@code ဖ hp}, {@code သ th},
 * {@code ရ y}, the medials {@code ျ ြ y}, {@code ွ w}, {@code ှ} an {@code h} before the
 * consonant ({@code ရှ} and {@code လျှ} are {@code sh}); the inherent vowel {@code a}, the vowel signs {@code a i u e aw o}, and a final
 * consonant (under the asat, or stacked) read with the vowel before it ({@code -န် an},
 * {@code ု + န် on}, {@code ိ + န် ein}, {@code -က် et}, {@code -င် in}, {@code ို + င် aing},
 * {@code ော + င် aung}, {@code -ည် i}): {@code မြန်မာ myanma}, {@code ရန်ကုန် yankon}. Tone marks are
 * dropped. Words are cut with ICU's Burmese dictionary ({@link DictionaryWords}), each one a word of the slug;
 * Myanmar digits are ASCII digits. Immutable and thread-safe.
 */
final class Myanmar implements ScriptRules {

    static final Myanmar RULES = new Myanmar();

    private static final String[] CONSONANT = new String[0x22];

    static {
        String consonants = "ကk ခhk ဂg ဃg ငng စs ဆhs ဇz ဈz ဉny ညny ဋt ဌht ဍd ဎd ဏn တt ထht ဒd ဓd နn ပp ဖhp ဗb ဘb မm "
                + "ယy ရy လl ဝw သth ဟh ဠl အ";
        for (String e : consonants.split(" ")) {
            CONSONANT[e.charAt(0) - 0x1000] = e.substring(1);
        }
    }

    private static final char ASAT = '\u103A';
    private static final char VIRAMA = '\u1039';

    private Myanmar() {}

    static boolean covers(int c) {
        return c >= 0x1000 && c < 0x10A0 || c >= 0xAA60 && c < 0xAA80 || c >= 0xA9E0 && c < 0xAA00;
    }

    private static boolean isConsonant(char c) {
        return c >= 0x1000 && c <= 0x1021;
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = start;
        while (end < s.length() && covers(s.charAt(end))) {
            end++;
        }
        String run = s.substring(start, end);
        int[] cuts = DictionaryWords.cut(run, DictionaryWords.Script.MYANMAR);
        StringBuilder sb = new StringBuilder(run.length() * 2); // for the whole run, word after word
        for (int k = 1; k < cuts.length; k++) {
            out.boundary();
            word(run, cuts[k - 1], cuts[k], sb, out);
            out.boundary();
        }
        return end;
    }

    /** Writes one word of the run, using {@code sb} for its Latin. */
    private static void word(String w, int from, int to, StringBuilder sb, SlugBuilder out) {
        sb.setLength(0);
        int i = from;
        while (i < to) {
            char c = w.charAt(i);
            if (isConsonant(c)) {
                i = syllable(w, i, to, sb);
            } else if (c >= 0x1022 && c <= 0x102A) {
                sb.append(independent(c));
                i++;
            } else if (c >= 0x1040 && c <= 0x1049) {
                sb.append((char) ('0' + c - 0x1040));
                i++;
            } else if (c == 0x104A || c == 0x104B) {
                out.append(sb);
                sb.setLength(0);
                out.boundary();
                i++;
            } else {
                i++; // tone marks and other signs: not written
            }
        }
        out.append(sb);
    }

    private static String independent(char c) {
        switch (c) {
            case 'ဣ': case 'ဤ': return "i";
            case 'ဥ': case 'ဦ': return "u";
            case 'ဧ': return "e";
            case 'ဩ': case 'ဪ': return "aw";
            default: return ""; // အ and the rest carry a vowel sign or nothing
        }
    }

    /** Reads a consonant with its medials, vowel signs and final; returns the index after it. */
    private static int syllable(String w, int i, int to, StringBuilder sb) {
        char c = w.charAt(i++);
        String onset = CONSONANT[c - 0x1000];
        boolean h = false;
        String medial = ""; // rare: no builder for it
        String vowel = "a";
        boolean aa = false, ii = false, uu = false, e = false, ai = false, o = false;
        while (i < to) {
            char m = w.charAt(i);
            if (m == '\u103B' || m == '\u103C') {
                medial += "y";
            } else if (m == '\u103D') {
                medial += "w";
            } else if (m == '\u103E') {
                h = true;
            } else if (m == '\u102B' || m == '\u102C') {
                aa = true;
            } else if (m == '\u102D' || m == '\u102E') {
                ii = true;
            } else if (m == '\u102F' || m == '\u1030') {
                uu = true;
            } else if (m == '\u1031') {
                e = true;
            } else if (m == '\u1032') {
                ai = true;
            } else if (m == '\u1036') {
                o = true; // anusvara: a final nasal
            } else if (m == '\u1037' || m == '\u1038') {
                // tone marks
            } else if (m == ASAT && onset.equals("ng") && medial.isEmpty()) {
                // a stray asat
            } else {
                break;
            }
            i++;
        }
        // a final: a consonant under the asat, or one stacked over the next consonant
        String fin = "";
        if (i + 1 < to && isConsonant(w.charAt(i)) && (w.charAt(i + 1) == ASAT || w.charAt(i + 1) == VIRAMA)) {
            char f = w.charAt(i);
            fin = CONSONANT[f - 0x1000];
            i += 2;
            while (i < to && (w.charAt(i) == '\u1037' || w.charAt(i) == '\u1038' || w.charAt(i) == ASAT)) {
                i++;
            }
        }
        boolean nasal = o || fin.equals("n") || fin.equals("m");
        boolean stop = fin.equals("t") || fin.equals("p");
        if (e && aa) {
            vowel = fin.equals("k") ? "auk" : fin.equals("ng") ? "aung" : "aw";
            fin = "";
        } else if (ii && uu) {
            vowel = fin.equals("k") ? "aik" : fin.equals("ng") ? "aing" : "o";
            fin = "";
        } else if (ii) {
            vowel = nasal ? "ein" : stop ? "eik" : "i";
            fin = "";
        } else if (uu) {
            vowel = nasal ? "on" : stop || fin.equals("k") ? "ok" : "u";
            fin = "";
        } else if (e) {
            vowel = "e";
        } else if (ai) {
            vowel = "e";
        } else {
            switch (fin) {
                case "k": vowel = "et"; fin = ""; break;
                case "ng": vowel = "in"; fin = ""; break;
                case "s": vowel = "it"; fin = ""; break;
                case "ny": vowel = "i"; fin = ""; break;
                case "t": case "p": vowel = "at"; fin = ""; break;
                case "n": case "m": vowel = "an"; fin = ""; break;
                default: vowel = o ? "an" : "a"; break;
            }
        }
        if (o && !vowel.endsWith("n")) {
            vowel += "n";
        }
        if (h && (onset.equals("y") || medial.startsWith("y"))) {
            onset = "sh"; // ရှ လျှ: sh
            medial = medial.startsWith("y") ? "" : medial;
            h = false;
        }
        if (h) {
            sb.append('h');
        }
        sb.append(onset).append(medial).append(vowel).append(fin);
        return i;
    }
}
