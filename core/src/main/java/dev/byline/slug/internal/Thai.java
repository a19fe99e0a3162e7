package dev.byline.slug.internal;


/**
 * Thai by the Royal Thai General System of Transcription (Royal Institute, 1999), and Lao by the
 * Lao national romanization as BGN/PCGN (1966) writes it, with the diacritics dropped. Both are
 * written without spaces between words: a run is first cut into words with ICU's Thai or Lao
 * dictionary ({@link DictionaryWords}, which cuts as ICU's word break iterator does), and each word becomes one word of the slug (ICU's dictionary keeps compounds
 * such as {@code ประเทศไทย prathetthai} and {@code กรุงเทพมหานคร krungthepmahanakhon} whole).
 *
 * <p>Each word is read syllable by syllable from tables: a leading vowel ({@code เ แ โ ใ ไ}),
 * the initial consonant (with the clusters {@code กร กล กว ขร ขล ขว คร คล คว ปร ปล พร พล ผล ตร};
 * {@code ทร} is {@code s}; {@code ห} before a sonorant and {@code อ} before {@code ย} are silent, unless a tone
 * mark on {@code ห} shows that it is read: {@code แห่ง haeng}),
 * the vowel signs, and a final consonant, which RTGS writes as {@code k ng t n p m i o}
 * ({@code ของ khong}, {@code ไทย thai}, {@code สวัสดี sawatdi}). Where no vowel is written the
 * vowel is {@code o} in a closed syllable and {@code a} in an open one; which it is, Thai spelling
 * does not say, so an odd run of bare consonants starts with an open syllable ({@code มหานคร
 * mahanakhon}, {@code ถนน thanon}) and an even one with a closed one ({@code คน khon}). A letter
 * under the silencing mark {@code ์} is not read (nor a bare consonant before it after a final:
 * {@code จันทร์ chan}); tone marks are dropped; {@code ๆ} repeats the word before it; Thai and Lao
 * digits are ASCII digits. The same reader does Lao, whose block has the Thai letters at the same
 * offsets: {@code ສະບາຍດີ sabaidi}, {@code ຫຼວງພະບາງ louangphabang} ({@code ຊ x}, {@code ຍ ny},
 * {@code ວ v}, {@code ຸ ou}). A reader of these tables makes mistakes a dictionary would not
 * (Thai spelling hides syllables that are read twice: {@code มหาวิทยาลัย mahawityalai}, RTGS
 * {@code mahawitthayalai}). Immutable and thread-safe.
 */
final class Thai implements ScriptRules {

    static final Thai THAI = new Thai(false);
    static final Thai LAO = new Thai(true);

    /** Initial and final values by offset in the Thai block. */
    private static final String[] INITIAL = new String[0x30];
    private static final String[] FINAL = new String[0x30];

    static {
        String initials = "กk ขkh ฃkh คkh ฅkh ฆkh งng จch ฉch ชch ซs ฌch ญy ฎd ฏt ฐth ฑth ฒth ณn ดd ตt ถth ทth "
                + "ธth นn บb ปp ผph ฝf พph ฟf ภph มm ยy รr ลl วw ศs ษs สs หh ฬl อ ฮh";
        for (String e : initials.split(" ")) {
            INITIAL[e.charAt(0) - 0x0E00] = e.substring(1);
        }
        String finals = "กk ขk ฃk คk ฅk ฆk งng จt ฉt ชt ซt ฌt ญn ฎt ฏt ฐt ฑt ฒt ณn ดt ตt ถt ทt ธt นn บp ปp ผp "
                + "ฝp พp ฟp ภp มm ยi รn ลn วo ศt ษt สt ห ฬn อ ฮ";
        for (String e : finals.split(" ")) {
            FINAL[e.charAt(0) - 0x0E00] = e.substring(1);
        }
    }

    // Lao letters without a Thai twin, moved to unassigned Thai code points while reading
    private static final char LAO_O = '\u0E3B'; // ົ
    private static final char LAO_SUBJOINED_L = '\u0E3C'; // ຼ
    private static final char LAO_IA = '\u0E3D'; // ຽ

    private static final char HO_HIP = 'ห';
    private static final char O_ANG = 'อ';
    private static final char YO_YAK = 'ย';
    private static final char WO_WAEN = 'ว';
    private static final char RO_RUEA = 'ร';
    private static final char SILENCER = '\u0E4C';
    private static final char REPEAT = '\u0E46';

    private final boolean lao;
    private final int first;

    private Thai(boolean lao) {
        this.lao = lao;
        this.first = lao ? 0x0E80 : 0x0E00;
    }

    static boolean isThai(int c) {
        return c >= 0x0E00 && c < 0x0E80;
    }

    static boolean isLao(int c) {
        return c >= 0x0E80 && c < 0x0F00;
    }

    private boolean covers(int c) {
        return c >= first && c < first + 0x80;
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = start;
        while (end < s.length() && covers(s.charAt(end))) {
            end++;
        }
        String run = s.substring(start, end);
        int[] cuts = DictionaryWords.cut(run, lao ? DictionaryWords.Script.LAO : DictionaryWords.Script.THAI);
        // buffers for the whole run, reused word after word: letters, Latin, the last word
        char[] w = new char[run.length() * 2];
        StringBuilder sb = new StringBuilder(run.length() * 3);
        StringBuilder last = new StringBuilder();
        for (int k = 1; k < cuts.length; k++) {
            word(run, cuts[k - 1], cuts[k], w, sb, out, last);
        }
        return end;
    }

    /**
     * Writes one word of the run, using {@code w} for its letters and {@code sb}
     * (empty) for its Latin; keeps the last word written in {@code last}, for {@code ๆ}.
     */
    private void word(String run, int from, int to, char[] w, StringBuilder sb, SlugBuilder out, StringBuilder last) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = run.charAt(i);
            if (lao) {
                if (c == '\u0EDC' || c == '\u0EDD') { // ໜ ໝ: ຫນ ຫມ
                    w[n++] = HO_HIP;
                    w[n++] = c == '\u0EDC' ? 'น' : 'ม';
                    continue;
                }
                c = c == '\u0EBB' ? LAO_O : c == '\u0EBC' ? LAO_SUBJOINED_L : c == '\u0EBD' ? LAO_IA
                        : (char) (c - 0x80);
            }
            if (isToneMark(c) && n > 0 && w[n - 1] == HO_HIP) {
                w[n++] = c; // kept: it shows that this ห is read (แห่ง haeng), see syllable
                continue;
            }
            if (isToneMark(c) || c == '\u0E3A' || c == '\u0E4E') {
                continue; // tone marks, phinthu, yamakkan
            }
            if (c == SILENCER) {
                n = silence(w, n);
                continue;
            }
            w[n++] = c;
        }
        int i = 0;
        while (i < n) {
            char c = w[i];
            if (c >= '\u0E50' && c <= '\u0E59') {
                sb.append((char) ('0' + c - 0x0E50));
                i++;
            } else if (c == REPEAT) {
                ScriptRules.emitWord(sb, out, last);
                if (last.length() > 0) {
                    out.boundary();
                    out.append(last);
                    out.boundary();
                }
                i++;
            } else if (c == 'ฤ' || c == 'ฦ') {
                sb.append(c == 'ฤ' ? "rue" : "lue");
                i++;
                if (i < n && w[i] == '\u0E45') {
                    i++;
                }
            } else if (isConsonant(c) || isLead(c)) {
                i = syllable(w, i, n, sb);
            } else if (isToneMark(c)) {
                i++; // one kept after a ห that another syllable took
            } else {
                ScriptRules.emitWord(sb, out, last); // ฯ, currency, stray marks
                out.boundary();
                i++;
            }
        }
        ScriptRules.emitWord(sb, out, last);
    }

    /**
     * Drops the letter under a silencing mark (with a vowel sign on it), and a bare consonant
     * left between a final and it ({@code ศาสตร์ sat}); returns the new length.
     */
    private static int silence(char[] w, int n) {
        if (n > 0 && (w[n - 1] == '\u0E34' || w[n - 1] == '\u0E38')) {
            n--;
        }
        if (n > 0 && isConsonant(w[n - 1])) {
            n--;
        }
        if (n >= 3 && isConsonant(w[n - 1]) && isConsonant(w[n - 2]) && isVowelMark(w[n - 3])) {
            n--;
        }
        return n;
    }

    private static boolean isConsonant(char c) {
        return c >= '\u0E01' && c <= '\u0E2E' && c != 'ฤ' && c != 'ฦ';
    }

    /** The four Thai tone marks (Lao's are read in their places). */
    private static boolean isToneMark(char c) {
        return c >= '\u0E48' && c <= '\u0E4B';
    }

    private static boolean isLead(char c) {
        return c >= '\u0E40' && c <= '\u0E44';
    }

    /** Vowel signs written above, below or after the consonant. */
    private static boolean isVowelMark(char c) {
        return c >= '\u0E30' && c <= '\u0E3D' && c != '\u0E3A' || c == '\u0E47' || c == '\u0E4D' || c == '\u0E45';
    }

    /** A consonant at {@code i} with no vowel sign after it. */
    private static boolean isBare(char[] w, int i, int n) {
        return i < n && isConsonant(w[i]) && !(i + 1 < n && (isVowelMark(w[i + 1]) || w[i + 1] == LAO_SUBJOINED_L));
    }

    private static boolean clusterFirst(char c) {
        return c == 'ก' || c == 'ข' || c == 'ค' || c == 'ป' || c == 'พ' || c == 'ผ' || c == 'ต';
    }

    private static boolean sonorant(char c) {
        return c == 'ง' || c == 'ญ' || c == 'น' || c == 'ม' || c == 'ย' || c == 'ร' || c == 'ล' || c == 'ว';
    }

    private String initial(char c) {
        if (lao) {
            switch (c) {
                case 'ช': return "x";
                case 'ญ': return "ny";
                case 'ว': return "v";
                default: break;
            }
        }
        return INITIAL[c - 0x0E00];
    }

    private String vowel(String v) {
        if (!lao) {
            return v;
        }
        switch (v) {
            case "u": return "ou";
            case "ue": return "u";
            case "ua": return "oua";
            case "uea": return "ua";
            case "ae": return "e";
            default: return v;
        }
    }

    /** Reads one syllable starting at {@code i}; returns the index after it. */
    private int syllable(char[] w, int i, int n, StringBuilder sb) {
        char lead = 0;
        if (isLead(w[i])) {
            lead = w[i++];
            if (i >= n || !isConsonant(w[i])) {
                sb.append(vowel(leadAlone(lead)));
                return i;
            }
        }
        char c = w[i++];
        String init = initial(c);
        // a tone mark sits on the consonant the syllable starts with: ห with one is read, and a
        // sonorant after it is a final (แห่ง haeng, ห่วง huang); without one, ห before a sonorant
        // only marks the tone (หมา ma, ไหม mai)
        boolean toned = c == HO_HIP && i < n && isToneMark(w[i]);
        if (toned) {
            i++;
        }
        if (c == HO_HIP && !toned && i < n && sonorant(w[i]) || c == O_ANG && i < n && w[i] == YO_YAK) {
            c = w[i++];
            init = initial(c); // silent ห before a sonorant, อ before ย
        }
        if (i < n && w[i] == LAO_SUBJOINED_L) {
            init = c == HO_HIP ? "l" : init + "l";
            i++;
        } else if (i < n && clusterFirst(c) && (w[i] == RO_RUEA || w[i] == 'ล' || w[i] == WO_WAEN)
                && !(w[i] == RO_RUEA && i + 1 < n && w[i + 1] == RO_RUEA)
                && (i + 1 < n && isVowelMark(w[i + 1])
                        || isBare(w, i + 1, n) && (lead != 0 || w[i] != WO_WAEN))) {
            init += lao && w[i] == WO_WAEN ? "o" : initial(w[i]);
            i++;
        } else if (c == 'ท' && i + 1 < n && w[i] == RO_RUEA && isVowelMark(w[i + 1])) {
            init = "s"; // ทราย sai
            i++;
        }
        boolean a = false, aa = false, am = false, i1 = false, ue = false, ue2 = false, u = false, short8 = false;
        boolean o = false, ia = false;
        while (i < n && isVowelMark(w[i])) {
            switch (w[i]) {
                case '\u0E30': a = true; break; // ะ
                case '\u0E31': a = true; break; // ั
                case '\u0E32': aa = true; break; // า
                case '\u0E33': am = true; break; // ำ
                case '\u0E34': case '\u0E35': i1 = true; break; // ิ ี
                case '\u0E36': ue = true; break; // ึ
                case '\u0E37': ue2 = true; break; // ื
                case '\u0E38': case '\u0E39': u = true; break; // ุ ู
                case '\u0E47': short8 = true; break; // ็
                case '\u0E4D': case LAO_O: o = true; break; // ໍ ົ
                case LAO_IA: ia = true; break;
                default: break;
            }
            i++;
        }
        String v;
        boolean mayClose = true;
        boolean implicit = false;
        if (lead == 'เ') {
            if (i1 && i < n && isYa(w[i]) && w[i - 1] == '\u0E35') {
                v = "ia";
                i++;
            } else if (ue2 && i < n && w[i] == O_ANG) {
                v = "uea";
                i++;
            } else if (aa || o && lao) {
                v = a ? "o" : "ao";
                mayClose = false;
            } else if (i1) {
                v = "oe";
            } else if (!a && !short8 && isBare(w, i, n) && w[i] == O_ANG) {
                v = "oe";
                i++;
            } else if (!a && !short8 && isBare(w, i, n) && isYa(w[i]) && i + 1 == n) {
                v = "oei";
                i++;
                mayClose = false;
            } else {
                v = "e";
                mayClose = !a;
            }
        } else if (lead == 'แ') {
            v = "ae";
            mayClose = !a;
        } else if (lead == 'โ') {
            v = "o";
            mayClose = !a;
        } else if (lead != 0) {
            v = "ai";
            mayClose = false;
            if (isBare(w, i, n) && isYa(w[i])) {
                i++; // ไทย thai
            }
        } else if (a && !aa) {
            if (i < n && w[i] == WO_WAEN && w[i - 1] == '\u0E31') {
                v = "ua";
                i++;
            } else {
                v = "a";
                mayClose = w[i - 1] != '\u0E30';
            }
        } else if (am) {
            v = "am";
            mayClose = false;
        } else if (aa) {
            v = "a";
        } else if (i1) {
            v = "i";
        } else if (ue) {
            v = "ue";
        } else if (ue2) {
            v = "ue";
            if (i < n && w[i] == O_ANG) {
                i++;
            }
        } else if (u) {
            v = "u";
        } else if (o) {
            v = "o";
        } else if (ia) {
            v = "ia";
        } else if (short8) {
            v = "o"; // ก็ ko
            mayClose = !(i < n && isBare(w, i, n) && !isBare(w, i + 1, n));
        } else {
            implicit = true;
            v = "";
        }
        String fin = "";
        if (implicit) {
            if (i + 1 < n && w[i] == RO_RUEA && w[i + 1] == RO_RUEA) { // รร: kam, san
                i += 2;
                v = "a";
                fin = isBare(w, i, n) && (i + 1 >= n || !isBare(w, i + 1, n) || i + 2 >= n) ? FINAL[w[i++] - 0x0E00] : "n";
            } else if (isBare(w, i, n) && w[i] == O_ANG) {
                v = "o"; // ของ khong
                i++;
                if (isBare(w, i, n)) {
                    fin = finalOf(w[i++]);
                }
            } else if (isBare(w, i, n) && w[i] == WO_WAEN && isBare(w, i + 1, n)) {
                v = "ua"; // สวน suan
                i++;
                fin = finalOf(w[i++]);
            } else {
                int k = 1;
                for (int j = i; isBare(w, j, n); j++) {
                    k++;
                }
                if (k % 2 == 0) {
                    v = "o";
                    fin = finalOf(w[i++]);
                } else {
                    v = "a";
                }
            }
        } else if (mayClose && isBare(w, i, n)) {
            int m = 0;
            for (int j = i; isBare(w, j, n); j++) {
                m++;
            }
            if (m % 2 == 0 || m == 1) {
                fin = finalOf(w[i++]);
                if (fin.equals("i") && v.endsWith("i")) {
                    fin = "";
                }
            }
        }
        sb.append(init).append(vowel(v)).append(fin);
        return i;
    }

    private String finalOf(char c) {
        return isYa(c) ? "i" : FINAL[c - 0x0E00];
    }

    /** Thai {@code ย}; Lao {@code ຍ}, read in the place of Thai {@code ญ}. */
    private boolean isYa(char c) {
        return c == YO_YAK || lao && c == 'ญ';
    }

    private static String leadAlone(char lead) {
        switch (lead) {
            case 'เ': return "e";
            case 'แ': return "ae";
            case 'โ': return "o";
            default: return "ai";
        }
    }
}
