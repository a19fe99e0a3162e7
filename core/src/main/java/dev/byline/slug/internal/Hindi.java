package dev.byline.slug.internal;

import org.jspecify.annotations.Nullable;

/**
 * Devanagari (Hindi, Marathi, Nepali...): the spelling Hindi speakers use in English rather than
 * ISO 15919 ({@code च ch}, {@code छ chh}, {@code श ष sh}, {@code व v}, long and short vowels
 * alike), with the inherent {@code a} dropped where Hindi does not pronounce it: at the end of a
 * word ({@code भारत bharat}) and between a vowel and a consonant-vowel pair ({@code सरकार sarkar},
 * {@code जनता janta}), but kept after a cluster ending in {@code r y v} ({@code मित्र mitra},
 * {@code अन्य anya}; a nasal sign makes no cluster: {@code गांव ganv}; {@code फ़िल्म film}).
 * Nukta letters are {@code q kh gh z r rh f}; anusvara and chandrabindu are {@code n}, except
 * anusvara before {@code p ph b bh m} and at the end of a word after the inherent vowel, which is
 * {@code m} ({@code संबंध sambandh}, {@code एवं evam}); Devanagari digits are ASCII digits. ICU's
 * {@code Devanagari-Latin} writes {@code bhārata}, which folds to {@code bharata}.
 */
final class Hindi implements ScriptRules {

    static final Hindi RULES = new Hindi();

    private static final int FIRST = 0x0900;
    private static final @Nullable String[] CONSONANT = new String[0x80];
    private static final @Nullable String[] VOWEL = new String[0x80];
    private static final @Nullable String[] SIGN = new String[0x80];

    static {
        String consonants = "कk खkh गg घgh ङn चch छchh जj झjh ञn टt ठth डd ढdh णn तt थth दd धdh नn ऩn पp फph "
                + "बb भbh मm यy रr ऱr लl ळl ऴl वv शsh षsh सs हh";
        for (String e : consonants.split(" ")) {
            CONSONANT[e.charAt(0) - FIRST] = e.substring(1);
        }
        String vowels = "अa आa इi ईi उu ऊu ऋri ॠri ऌli ॡli ऍe ऎe एe ऐai ऑo ऒo ओo औau ॲe";
        for (String e : vowels.split(" ")) {
            VOWEL[e.charAt(0) - FIRST] = e.substring(1);
        }
        String signs = "ाa िi ीi ुu ूu ृri ॄri ॢli ॣli ॅe ॆe ेe ैai ॉo ॊo ोo ौau";
        for (String e : signs.split(" ")) {
            SIGN[e.charAt(0) - FIRST] = e.substring(1);
        }
    }

    private static final char VIRAMA = '\u094D';
    private static final char NUKTA = '\u093C';

    private Hindi() {}

    static boolean covers(int c) {
        return c >= FIRST && c < 0x0980 || c >= 0xA8E0 && c < 0xA900;
    }

    private static @Nullable String nukta(char c) {
        switch (c) {
            case 'क': return "q";
            case 'ख': return "kh";
            case 'ग': return "gh";
            case 'ज': return "z";
            case 'ड': return "r";
            case 'ढ': return "rh";
            case 'फ': return "f";
            default: return null;
        }
    }

    /** One akshara: a consonant (with its vowel) or a vowel; the output is built in two passes. */
    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = ScriptRules.runEnd(s, start, Hindi::covers);
        // pass 1: consonants with their vowel, "a" meaning the inherent vowel (may be dropped)
        int len = end - start;
        String[] cons = new String[len];
        String[] vowel = new String[len];
        boolean[] inherent = new boolean[len];
        boolean[] nasalSign = new boolean[len];
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            int k = c - FIRST;
            if (k < 0 || k >= 0x80) {
                continue; // Devanagari Extended: cantillation marks
            }
            if (CONSONANT[k] != null) {
                String spelled = CONSONANT[k];
                if (i + 1 < end && s.charAt(i + 1) == NUKTA) {
                    String withNukta = nukta(c);
                    spelled = withNukta != null ? withNukta : spelled;
                    i++;
                }
                cons[count] = spelled;
                if (i + 1 < end && s.charAt(i + 1) == VIRAMA) {
                    vowel[count] = "";
                    i++;
                } else if (i + 1 < end && s.charAt(i + 1) - FIRST >= 0 && s.charAt(i + 1) - FIRST < 0x80
                        && SIGN[s.charAt(i + 1) - FIRST] != null) {
                    vowel[count] = SIGN[s.charAt(i + 1) - FIRST];
                    i++;
                } else {
                    vowel[count] = "a";
                    inherent[count] = true;
                }
                count++;
            } else if (VOWEL[k] != null) {
                cons[count] = "";
                vowel[count] = VOWEL[k];
                count++;
            } else if (c == '\u0902' || c == '\u0901') { // anusvara, chandrabindu
                // anusvara is m before p ph b bh m (संबंध sambandh) and at the end of a word
                // after the inherent vowel (एवं evam, स्वयं svayam); otherwise, and always for
                // chandrabindu, n
                char next = i + 1 < end ? s.charAt(i + 1) : 0;
                boolean labial = next >= 0x092A && next <= 0x092E;
                boolean wordEnd = i + 1 == end || endsWord(next);
                boolean m = c == '\u0902' && (labial || wordEnd && count > 0 && inherent[count - 1]);
                cons[count] = m ? "m" : "n";
                vowel[count] = "";
                nasalSign[count] = true;
                count++;
            } else if (c == '\u0903') { // visarga
                cons[count] = "h";
                vowel[count] = "";
                count++;
            } else if (isDigit(c)) {
                flush(cons, vowel, inherent, nasalSign, count, out);
                count = 0;
                out.append((char) ('0' + c - 0x0966));
            } else if (isPunctuation(c)) {
                flush(cons, vowel, inherent, nasalSign, count, out);
                count = 0;
                out.boundary();
            }
            // other signs (avagraha, stress marks, stray nukta or virama) are ignored
        }
        flush(cons, vowel, inherent, nasalSign, count, out);
        return end;
    }

    /** A Devanagari digit: written as an ASCII digit, it ends the word before it. */
    private static boolean isDigit(char c) {
        return c >= 0x0966 && c <= 0x096F;
    }

    /** Danda, double danda, abbreviation sign: a word boundary. */
    private static boolean isPunctuation(char c) {
        return c == 0x0964 || c == 0x0965 || c == 0x0970;
    }

    /** Whether a character inside a Devanagari run ends the word before it. */
    private static boolean endsWord(char c) {
        return isDigit(c) || isPunctuation(c);
    }

    private static void flush(String[] cons, String[] vowel, boolean[] inherent, boolean[] nasalSign, int count,
            SlugBuilder out) {
        // schwa deletion: at the end of a word, and in V C(a) C V where the previous vowel was kept
        for (int j = 0; j < count; j++) {
            if (!inherent[j]) {
                continue;
            }
            boolean last = j == count - 1;
            if (last) {
                // kept after a cluster (मित्र mitra, अन्य anya; a nasal sign makes none: गांव ganv)
                // and in -iya (भारतीय bhartiya)
                boolean cluster = j > 0 && vowel[j - 1].isEmpty() && !nasalSign[j - 1]
                        && (cons[j].equals("r") || cons[j].equals("y") || cons[j].equals("v"));
                boolean iya = j > 0 && cons[j].equals("y") && vowel[j - 1].equals("i");
                if (count > 1 && !cluster && !iya) {
                    vowel[j] = "";
                }
            } else if (j > 0 && !vowel[j - 1].isEmpty() && !cons[j + 1].isEmpty() && !vowel[j + 1].isEmpty()
                    && !(inherent[j + 1] && j + 1 == count - 1)) {
                vowel[j] = "";
            }
        }
        StringBuilder sb = new StringBuilder(count * 3);
        for (int j = 0; j < count; j++) {
            sb.append(cons[j]).append(vowel[j]);
        }
        out.append(sb.toString());
    }
}
