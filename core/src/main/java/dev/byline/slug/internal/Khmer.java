package dev.byline.slug.internal;


/**
 * Khmer by the UNGEGN romanization (United Nations, 1972, as the Khmer geographic names are
 * written) with the diacritics dropped and a few readable choices: the two series of consonants
 * read their vowels differently ({@code ា} is {@code a} after {@code ក}, {@code ea} after
 * {@code គ}), the inherent vowel is {@code a} or {@code o} by series, {@code ែ} is {@code e}
 * ({@code ខ្មែរ khmer}), nikahit after the inherent vowel is {@code am}/{@code om}
 * ({@code ភ្នំពេញ phnompenh}). A consonant before a subscript ends the syllable before it and
 * the subscript begins the next ({@code កម្ពុជា kampuchea}); at the start of a syllable the two
 * are one cluster ({@code ប} is {@code p} in one). The musikatoan and triisap signs move a consonant to the other series; a letter
 * under the toandakhiat is silent; a subscript doubling the final at the end of a word is not
 * written twice, and a subscript ending a word is not read ({@code ចក្រ chak}). Words are cut with ICU's Khmer dictionary ({@link DictionaryWords}), each one a word of the
 * slug; {@code ៗ} repeats the word before it; Khmer digits are ASCII digits. Immutable and
 * thread-safe.
 */
final class Khmer implements ScriptRules {

    static final Khmer RULES = new Khmer();

    private static final int FIRST = 0x1780;
    private static final String[] CONSONANT = new String[0x23];
    private static final String[] FINAL = new String[0x23];
    /** Whether a consonant is of the second (o) series. */
    private static final boolean[] O_SERIES = new boolean[0x23];
    private static final String[] VOWEL_A = new String[0x20];
    private static final String[] VOWEL_O = new String[0x20];
    private static final String[] INDEPENDENT = new String[0x11];

    static {
        String consonants = "កk ខkh គk* ឃkh* ងng* ចch ឆchh ជch* ឈchh* ញnh* ដd ឋth ឌd* ឍth* ណn តt ថth ទt* ធth* នn* "
                + "បb ផph ពp* ភph* មm* យy* រr* លl* វv* ឝsh ឞss សs ហh ឡl អ";
        for (String e : consonants.split(" ")) {
            int k = e.charAt(0) - FIRST;
            boolean o = e.endsWith("*");
            CONSONANT[k] = e.substring(1, e.length() - (o ? 1 : 0));
            O_SERIES[k] = o;
            FINAL[k] = CONSONANT[k];
        }
        FINAL['ប' - FIRST] = "p";
        FINAL['ដ' - FIRST] = "t";
        FINAL['អ' - FIRST] = "";
        // dependent vowels from U+17B6: first series / second series
        String vowels = "ាa/ea ិe/i ីei/i ឹoe/ue ឺeu/eu ុo/u ូou/ou ួuo/uo ើaeu/eu ឿoea/oea ៀie/ie េe/e ែe/e "
                + "ៃai/ey ោao/o ៅau/ov";
        for (String e : vowels.split(" ")) {
            int k = e.charAt(0) - 0x17B6;
            String[] ao = e.substring(1).split("/");
            VOWEL_A[k] = ao[0];
            VOWEL_O[k] = ao[1];
        }
        String independent = "ឣa ឤa ឥe ឦei ឧo ឨou ឩou ឪau ឫrue ឬrueu ឭlue ឮlueu ឯae ឰai ឱao ឲao ឳau";
        for (String e : independent.split(" ")) {
            INDEPENDENT[e.charAt(0) - 0x17A3] = e.substring(1);
        }
    }

    private static final char COENG = '\u17D2';
    private static final char NIKAHIT = '\u17C6';
    private static final char REAHMUK = '\u17C7';
    private static final char MUSIKATOAN = '\u17C9';
    private static final char TRIISAP = '\u17CA';
    private static final char TOANDAKHIAT = '\u17CD';
    private static final char REPEAT = '\u17D7';

    private Khmer() {}

    static boolean covers(int c) {
        return c >= 0x1780 && c < 0x1800 || c >= 0x19E0 && c < 0x1A00;
    }

    private static boolean isConsonant(char c) {
        return c >= 0x1780 && c <= 0x17A2;
    }

    private static boolean isVowelSign(char c) {
        return c >= 0x17B6 && c <= 0x17C5;
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = start;
        while (end < s.length() && covers(s.charAt(end))) {
            end++;
        }
        String run = s.substring(start, end);
        int[] cuts = DictionaryWords.cut(run, DictionaryWords.Script.KHMER);
        // buffers for the whole run, reused word after word: letters, Latin, the last word
        char[] w = new char[run.length()];
        StringBuilder sb = new StringBuilder(run.length() * 2);
        StringBuilder last = new StringBuilder();
        for (int k = 1; k < cuts.length; k++) {
            word(run, cuts[k - 1], cuts[k], w, sb, out, last);
        }
        return end;
    }

    /**
     * Writes one word of the run, using {@code w} for its letters and {@code sb}
     * (empty) for its Latin; keeps the last word written in {@code last}, for the repetition mark.
     */
    private static void word(String run, int from, int to, char[] w, StringBuilder sb, SlugBuilder out,
            StringBuilder last) {
        // drop the letters under a toandakhiat, and signs that change nothing in ASCII
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = run.charAt(i);
            if (c == TOANDAKHIAT) {
                while (n > 0 && !isConsonant(w[n - 1])) {
                    n--;
                }
                if (n > 0) {
                    n--;
                }
                if (n > 0 && w[n - 1] == COENG) {
                    n--;
                }
            } else if (c != '\u17CB' && c != '\u17CC' && c != '\u17CE' && c != '\u17CF' && c != '\u17D0'
                    && c != '\u17D1' && c != '\u17DD' && c != '\u200B') {
                w[n++] = c;
            }
        }
        int i = 0;
        while (i < n) {
            char c = w[i];
            if (isConsonant(c)) {
                i = syllable(w, i, n, sb, i > 0 && w[i - 1] == COENG);
            } else if (c >= 0x17A3 && c <= 0x17B3) {
                sb.append(INDEPENDENT[c - 0x17A3]);
                i++;
            } else if (c >= 0x17E0 && c <= 0x17E9) {
                sb.append((char) ('0' + c - 0x17E0));
                i++;
            } else if (c == REPEAT) {
                ScriptRules.emitWord(sb, out, last);
                out.append(last);
                out.boundary();
                i++;
            } else if (c == COENG || isVowelSign(c) || c >= 0x17C6 && c <= 0x17D3) {
                i++; // a stray sign
            } else {
                ScriptRules.emitWord(sb, out, last); // khan, bariyoosan, currency, lunar dates
                out.boundary();
                i++;
            }
        }
        ScriptRules.emitWord(sb, out, last);
    }


    /** Reads one syllable from the consonant at {@code i}; returns the index after it. */
    private static int syllable(char[] w, int i, int n, StringBuilder sb, boolean subscript) {
        char c = w[i++];
        int k = c - FIRST;
        int onset = sb.length(); // the onset is written first, and taken back if it is not read
        sb.append(c == 'ប' && i + 1 < n && w[i] == COENG && !subscript ? "p" : CONSONANT[k]); // ប្រទេស prates
        boolean o = O_SERIES[k];
        boolean first = !subscript;
        // a cluster: consonants joined by coeng at the start of a syllable
        while (first && i + 1 < n && w[i] == COENG && isConsonant(w[i + 1])) {
            char sub = w[i + 1];
            sb.append(CONSONANT[sub - FIRST]);
            if (O_SERIES[sub - FIRST] && "ងញនមយរលវ".indexOf(sub) < 0) {
                o = true; // a second-series subscript that is not a sonorant moves the cluster
            }
            i += 2;
        }
        if (i < n && w[i] == MUSIKATOAN) {
            o = false;
            if (c == 'ប' && sb.length() - onset == 1) {
                sb.setCharAt(onset, 'p'); // ប៉ is p
            }
            i++;
        } else if (i < n && w[i] == TRIISAP) {
            o = true;
            i++;
        }
        String vowel = null;
        if (i < n && isVowelSign(w[i])) {
            int v = w[i++] - 0x17B6;
            vowel = o ? VOWEL_O[v] : VOWEL_A[v];
        }
        boolean nikahit = i < n && w[i] == NIKAHIT;
        if (nikahit) {
            i++;
        }
        boolean reahmuk = i < n && w[i] == REAHMUK;
        if (reahmuk) {
            i++;
        }
        String fin = "";
        // a final: a consonant with no vowel sign, or one a subscript follows
        if (!nikahit && !reahmuk && i < n && isConsonant(w[i])
                && !(i + 1 < n && (isVowelSign(w[i + 1]) || w[i + 1] == NIKAHIT
                        || w[i + 1] == REAHMUK || w[i + 1] == MUSIKATOAN || w[i + 1] == TRIISAP))) {
            boolean lastLetter = i + 1 == n;
            boolean beforeSubscript = i + 2 < n && w[i + 1] == COENG;
            boolean nextIsBare = i + 1 < n && isConsonant(w[i + 1]);
            boolean nextStartsCluster = nextIsBare && i + 2 < n && w[i + 2] == COENG;
            if (lastLetter || beforeSubscript || (vowel != null || nextIsBare) && !nextStartsCluster) {
                char f = w[i++];
                fin = FINAL[f - FIRST];
                if (beforeSubscript && w[i + 1] == f && (i + 2 == n || isConsonant(w[i + 2]))) {
                    i += 2; // វត្ត, ខេត្ត: the doubled final is written once
                }
            }
        }
        if (vowel == null) {
            if (subscript && fin.isEmpty() && !nikahit && !reahmuk && i >= n) {
                sb.setLength(onset);
                return i; // ចក្រ chak, គង្គ kong: a subscript ending the word is not read
            } else if (nikahit) {
                vowel = o ? "o" : "a";
            } else if (reahmuk) {
                vowel = o ? "eah" : "ah";
                reahmuk = false;
            } else {
                vowel = o ? "o" : "a";
            }
        }
        sb.append(vowel);
        if (nikahit) {
            sb.append('m');
        }
        if (reahmuk) {
            sb.append('h');
        }
        sb.append(fin);
        return i;
    }
}
