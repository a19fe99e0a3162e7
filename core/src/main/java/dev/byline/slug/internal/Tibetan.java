package dev.byline.slug.internal;

/**
 * Tibetan by the THL Simplified Phonetic Transcription of Standard Tibetan (Tibetan and Himalayan
 * Library, Germano and Tournadre, 2003), with the diacritics dropped and the aspirates kept as
 * {@code kh th ph}: each syllable is read from its root letter, its prefix and superscript letters
 * are silent, the subscripts {@code ya ra la} change the root ({@code རྒྱ gy}, {@code གྲ dr},
 * {@code ཟླ d}), {@code ལྷ} is {@code lh} and {@code དབ} is {@code w}; the suffixes are
 * {@code k ng n p m r l} and {@code ད ན ལ ས} turn {@code a} into {@code e} (THL's {@code ö ü}
 * are {@code o u}); {@code འི} after a syllable is {@code e}. The syllables of a run joined by
 * tsheg are one word, as THL writes the syllables of a word together ({@code བོད་ bo},
 * {@code ལྷ་ས lhasa}); a space or shad ends the word (Tibetan marks words no other way, so a
 * phrase without spaces becomes one long word). Tibetan digits are ASCII digits. Immutable and
 * thread-safe.
 */
final class Tibetan implements ScriptRules {

    static final Tibetan RULES = new Tibetan();

    private static final String[] ROOT = new String[0x2D];

    static {
        String letters = "ཀk ཁkh གg གྷgh ངng ཅch ཆch ཇj ཉny ཊt ཋth ཌd ཎn ཏt ཐth དd ནn པp ཕph བb མm ཙts ཚts ཛdz "
                + "ཝw ཞzh ཟz འ ཡy རr ལl ཤsh ཥsh སs ཧh ཨ ཀྵksh ཪr ཫk ཬr";
        for (String e : letters.split(" ")) {
            int k = e.charAt(0) - 0x0F40;
            if (e.length() > 1 && e.charAt(1) >= 0x0F90) {
                continue; // decomposed in NFC: read as letter and subscript
            }
            ROOT[k] = e.substring(1);
        }
    }

    private static final char RA = 'ར';
    private static final char LA = 'ལ';
    private static final char SA = 'ས';
    private static final char A_CHUNG = 'འ';

    private Tibetan() {}

    static boolean covers(int c) {
        return c >= 0x0F00 && c < 0x1000;
    }

    private static boolean isLetter(char c) {
        return c >= 0x0F40 && c <= 0x0F6C;
    }

    private static boolean isSubjoined(char c) {
        return c >= 0x0F90 && c <= 0x0FBC;
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = ScriptRules.runEnd(s, start, Tibetan::covers);
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (isLetter(c)) {
                int syllableEnd = i;
                while (syllableEnd < end && (isLetter(s.charAt(syllableEnd)) || isSign(s.charAt(syllableEnd)))) {
                    syllableEnd++;
                }
                syllable(s, i, syllableEnd, out);
                i = syllableEnd;
            } else if (c >= 0x0F20 && c <= 0x0F29) {
                out.append((char) ('0' + c - 0x0F20));
                i++;
            } else if (c == 0x0F0B || c == 0x0F0C || isSign(c)) {
                i++; // tsheg joins the syllables of a word; stray signs are not written
            } else {
                out.boundary(); // shad, head marks, other punctuation and symbols
                i++;
            }
        }
        return end;
    }

    /** Subjoined letters, vowel signs and other combining signs of a syllable. */
    private static boolean isSign(char c) {
        return c >= 0x0F71 && c <= 0x0F87 || isSubjoined(c) || c == 0x0F39 || c == 0x0F35 || c == 0x0F37
                || c >= 0x0F18 && c <= 0x0F19 || c == 0x0F3E || c == 0x0F3F || c == 0x0FC6;
    }

    private static void syllable(String s, int from, int to, SlugBuilder out) {
        // stacks: a letter with its subjoined letters and signs
        int[] stackStart = new int[to - from + 1];
        int stacks = 0;
        for (int i = from; i < to; i++) {
            if (isLetter(s.charAt(i))) {
                stackStart[stacks++] = i;
            }
        }
        stackStart[stacks] = to;
        int root = -1;
        for (int k = 0; k < stacks && root < 0; k++) {
            if (hasVowel(s, stackStart[k], stackStart[k + 1]) && !(k > 0 && s.charAt(stackStart[k]) == A_CHUNG)
                    || stackStart[k + 1] - stackStart[k] > 1 && isSubjoined(s.charAt(stackStart[k] + 1))) {
                root = k;
            }
        }
        if (root < 0) {
            char first = s.charAt(stackStart[0]);
            boolean prefix = "གདབམའ".indexOf(first) >= 0;
            root = stacks == 4 || stacks == 3 && prefix && isSuffix(s.charAt(stackStart[2])) ? 1 : 0;
        }
        int r0 = stackStart[root];
        int r1 = stackStart[root + 1];
        String onset = onset(s, r0, r1, root > 0 ? s.charAt(stackStart[root - 1]) : 0);
        String vowel = vowel(s, r0, r1);
        StringBuilder coda = new StringBuilder();
        boolean umlaut = false;
        for (int k = root + 1; k < stacks; k++) {
            char c = s.charAt(stackStart[k]);
            String v = vowel(s, stackStart[k], stackStart[k + 1]);
            if (c == A_CHUNG && !v.equals("a")) {
                vowel = v.equals("i") && vowel.equals("a") ? "e" : vowel.equals("a") ? v : vowel; // པའི pe
                continue;
            }
            if (k > root + 1) {
                continue; // the second suffix is silent
            }
            switch (c) {
                case 'ག': coda.append('k'); break;
                case 'ང': coda.append("ng"); break;
                case 'ན': coda.append('n'); umlaut = true; break;
                case 'བ': coda.append('p'); break;
                case 'མ': coda.append('m'); break;
                case 'ར': coda.append('r'); break;
                case 'ལ': coda.append('l'); umlaut = true; break;
                case 'ད': case 'ས': umlaut = true; break;
                default: break; // འ and anything else: silent
            }
        }
        if (umlaut && vowel.equals("a")) {
            vowel = "e";
        }
        StringBuilder sb = new StringBuilder(onset).append(vowel).append(coda);
        for (int i = r0; i < r1; i++) {
            char c = s.charAt(i);
            if (c == 0x0F7E || c == 0x0F82 || c == 0x0F83) {
                sb.append('m'); // anusvara
            }
        }
        out.append(sb.toString());
    }

    private static boolean isSuffix(char c) {
        return "གངདནབམའརལས".indexOf(c) >= 0;
    }

    private static boolean hasVowel(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x0F72 && c <= 0x0F7D || c == 0x0F80) {
                return true;
            }
        }
        return false;
    }

    private static String vowel(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (s.charAt(i)) {
                case '\u0F72': case '\u0F80': return "i";
                case '\u0F74': return "u";
                case '\u0F7A': return "e";
                case '\u0F7B': return "ai";
                case '\u0F7C': return "o";
                case '\u0F7D': return "au";
                default: break;
            }
        }
        return "a";
    }

    /** The sound of the root stack: superscripts silent, subscripts ya ra la change the root. */
    private static String onset(String s, int from, int to, char prefix) {
        char head = s.charAt(from);
        int i = from + 1;
        char root = head;
        if (i < to && isSubjoined(s.charAt(i))) {
            char sub = (char) (s.charAt(i) - 0x50);
            if (head == LA && sub == 'ཧ') {
                return "lh"; // ལྷ
            }
            if ((head == RA || head == LA || head == SA) && "ཡརལཝ".indexOf(sub) < 0) {
                root = sub; // superscript: silent
                i++;
            }
        }
        String r = rest(s, i, to, root);
        if (prefix == 'ད' && root == 'བ' && root == head) {
            return r.equals("=j") ? "y" : r.startsWith("=") ? r.substring(1) : "w" + r; // དབང wang, དབྱངས yang
        }
        return r.startsWith("=") ? r.substring(1) : initial(root) + r;
    }

    private static String initial(char root) {
        String v = ROOT[root - 0x0F40];
        return v == null ? "" : v;
    }

    /**
     * What the subscripts after the root add to its sound, or, after {@code =}, the sound that
     * replaces it ({@code ཀྲ tr}).
     */
    private static String rest(String s, int i, int to, char root) {
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (!isSubjoined(c)) {
                continue;
            }
            char sub = (char) (c - 0x50);
            switch (sub) {
                case 'ཡ':
                    switch (root) {
                        case 'པ': case 'ཕ': return "=ch";
                        case 'བ': return "=j";
                        case 'མ': return "=ny";
                        default: return "y";
                    }
                case 'ར':
                    switch (root) {
                        case 'ཀ': case 'ཁ': case 'ཏ': case 'ཐ': case 'པ': case 'ཕ': return "=tr";
                        case 'ག': case 'ད': case 'བ': return "=dr";
                        case 'ཧ': return "r";
                        default: return "=" + initial(root);
                    }
                case 'ལ':
                    return root == 'ཟ' ? "=d" : "=l";
                default:
                    break; // wa-zur and the rest: not written
            }
        }
        return "";
    }
}
