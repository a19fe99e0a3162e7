package dev.byline.slug.internal;

import org.jspecify.annotations.Nullable;

/**
 * The Indic scripts after Devanagari — Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
 * Malayalam — and Sinhala, by one table engine: the spelling each language uses in English (the
 * way {@link Hindi} writes Devanagari), built on ISO 15919 / the Hunterian system with the
 * diacritics dropped, long and short vowels alike. The first eight blocks follow Devanagari's
 * layout, so their letters start from the Hindi spellings at the same offset from the block start
 * and each script overrides what its language says differently; Sinhala has a table of its own.
 *
 * <p>The inherent vowel is {@code a}. Hindi-like languages do not pronounce it at the end of a word
 * after a single consonant, so Bengali, Gurmukhi and Gujarati drop it there ({@code বাংলাদেশ
 * bangladesh}, {@code ગુજરાત gujarat}, {@code ਪੰਜਾਬ panjab}), but unlike {@link Hindi} nowhere
 * else ({@code અમદાવાદ amadavad}); the Dravidian languages, Oriya and Sinhala keep it
 * ({@code ಕನ್ನಡ kannada}, {@code ශ්‍රී ලංකාව sri-lankava}). Bengali reads the inherent vowel
 * {@code o} in many words ({@code কলকাতা} is spelled Kolkata), but nothing in the writing says
 * which, so it is {@code a} everywhere; its {@code য} is {@code j}, {@code y} as the second of a
 * cluster, and {@code ব} there is {@code w} ({@code বিশ্ববিদ্যালয় bishwabidyalay}). Anusvara is
 * {@code m} before {@code p b m} (so are the other nasal signs) and, in Telugu, Kannada, Malayalam
 * and Sinhala, at the end of a word ({@code മലയാളം malayalam}); otherwise {@code n} (Bengali:
 * {@code ng}); Gurmukhi tippi before the same nasal is not written twice, and addak doubles the
 * consonant after it ({@code ਪੱਕਾ pakka}, an aspirate once: {@code ਸਿੱਖ sikh}). Tamil has one
 * letter for each of {@code k/g}, {@code t/d}, {@code p/b}: they are voiced between vowels and
 * after a nasal as Tamil names are spelled in English ({@code தமிழ்நாடு tamilnadu},
 * {@code முருகன் murugan}), and {@code ழ} is {@code l}; Malayalam keeps {@code ഴ zh} and reads
 * its chillu letters as final consonants. Nukta letters have their own spellings (Oriya
 * {@code ଡ଼ d}: {@code ଓଡ଼ିଆ odia}); joiners inside a word are ignored; native digits are ASCII
 * digits. Immutable and thread-safe.
 */
final class Brahmic implements ScriptRules {

    /** When the inherent vowel is not written. */
    private enum Schwa { KEPT, DROPPED_AT_WORD_END }

    /** The Hindi spellings by offset from the start of the Devanagari block. */
    private static final String DEVANAGARI_CONSONANTS = "कk खkh गg घgh ङn चch छchh जj झjh ञn टt ठth डd ढdh णn "
            + "तt थth दd धdh नn ऩn पp फph बb भbh मm यy रr ऱr लl ळl ऴl वv शsh षsh सs हh";
    private static final String DEVANAGARI_VOWELS = "अa आa इi ईi उu ऊu ऋri ॠri ऌli ॡli ऍe ऎe एe ऐai ऑo ऒo ओo औau";
    private static final String DEVANAGARI_SIGNS = "ाa िi ीi ुu ूu ृri ॄri ॢli ॣli ॅe ॆe ेe ैai ॉo ॊo ोo ौau";

    static final Brahmic BENGALI = indic(0x0980, Schwa.DROPPED_AT_WORD_END, "ng", false,
            "বb যj ৎt ৰr ৱw ড়r ঢ়rh য়y ঙng ঞn ঐoi ৈoi ঔou ৌou");
    static final Brahmic GURMUKHI = indic(0x0A00, Schwa.DROPPED_AT_WORD_END, "n", false,
            "ੲ ੳ ਖ਼kh ਗ਼gh ਜ਼z ੜr ਫ਼f ਲ਼l ਸ਼sh");
    static final Brahmic GUJARATI = indic(0x0A80, Schwa.DROPPED_AT_WORD_END, "n", false, "");
    static final Brahmic ORIYA = indic(0x0B00, Schwa.KEPT, "n", false,
            "ଯj ୟy ଵv ୱw ଡ଼d ଢ଼dh ଓo ୋo ଔau ୌau");
    static final Brahmic TAMIL = indic(0x0B80, Schwa.KEPT, "m", false,
            "ஙng ஞny சch டt ணn தt நn னn பp மm யy ரr றr லl ளl ழl வv ஜj ஷsh ஸs ஹh");
    static final Brahmic TELUGU = indic(0x0C00, Schwa.KEPT, "n", true, "ఱr");
    static final Brahmic KANNADA = indic(0x0C80, Schwa.KEPT, "n", true, "ಱr ೞl");
    static final Brahmic MALAYALAM = indic(0x0D00, Schwa.KEPT, "n", true,
            "ഴzh റr ൺn ൻn ർr ൽl ൾl ൿk");
    static final Brahmic SINHALA = sinhala();

    private static final Brahmic[] BY_BLOCK = {
        BENGALI, GURMUKHI, GUJARATI, ORIYA, TAMIL, TELUGU, KANNADA, MALAYALAM, SINHALA,
    };

    private final int first;
    private final @Nullable String[] consonant = new String[0x80];
    private final @Nullable String[] vowel = new String[0x80];
    private final @Nullable String[] sign = new String[0x80];
    /** Consonants spelled otherwise as the second of a cluster (Bengali ya- and ba-phala). */
    private final @Nullable String[] inCluster = new String[0x80];
    /** Letters with a nukta below, by the offset of the letter without it. */
    private final @Nullable String[] nukta = new String[0x80];
    private final Schwa schwa;
    /** Anusvara where it is not {@code m}: before a consonant other than {@code p b m}. */
    private final String anusvara;
    /** Whether anusvara at the end of a word is {@code m}. */
    private final boolean anusvaraEndsInM;
    private final char virama;
    /** Other signs that sound {@code n}: chandrabindu, Gurmukhi tippi. */
    private final String nasals;
    /** A sign that doubles the next consonant (Gurmukhi addak), or 0. */
    private char geminate;
    /** Letters that stand alone between the word's letters, such as Malayalam chillus. */
    private final boolean[] vowelless = new boolean[0x80];

    private Brahmic(int first, Schwa schwa, String anusvara, boolean anusvaraEndsInM, char virama,
            String nasals) {
        this.first = first;
        this.schwa = schwa;
        this.anusvara = anusvara;
        this.anusvaraEndsInM = anusvaraEndsInM;
        this.virama = virama;
        this.nasals = nasals;
    }

    /**
     * A script laid out as Devanagari: Hindi's spellings moved to the block at {@code first}, where
     * the block has the letter, then {@code overrides} ("letter spelling" pairs, a letter with no
     * spelling being a vowel carrier written as nothing).
     */
    private static Brahmic indic(int first, Schwa schwa, String anusvara, boolean anusvaraEndsInM, String overrides) {
        Character.UnicodeScript script = Character.UnicodeScript.of(first + 0x15);
        String nasals = first == 0x0A00 ? "\u0A01\u0A70" : String.valueOf((char) (first + 0x01)); // Gurmukhi tippi
        Brahmic b = new Brahmic(first, schwa, anusvara, anusvaraEndsInM, (char) (first + 0x4D), nasals);
        b.fromDevanagari(DEVANAGARI_CONSONANTS, b.consonant, script);
        b.fromDevanagari(DEVANAGARI_VOWELS, b.vowel, script);
        b.fromDevanagari(DEVANAGARI_SIGNS, b.sign, script);
        for (String e : overrides.split(" ")) {
            if (e.isEmpty()) {
                continue;
            }
            char c = e.charAt(0);
            int k = c - first;
            String spelled = e.substring(1);
            if (e.length() > 2 && e.charAt(1) == (char) (first + 0x3C)) { // letter + nukta
                b.nukta[k] = e.substring(2);
            } else if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                b.sign[k] = spelled;
            } else if (b.vowel[k] != null) {
                b.vowel[k] = spelled;
            } else {
                b.consonant[k] = spelled;
                b.vowelless[k] = first == 0x0D00 && k >= 0x7A; // Malayalam chillu letters
            }
        }
        if (first == 0x0A00) {
            b.geminate = '\u0A71'; // addak
        }
        if (first == 0x0980) {
            b.inCluster[0x2F] = "y"; // বিদ্যা bidya
            b.inCluster[0x2C] = "w"; // বিশ্ব bishwa
        }
        return b;
    }

    private void fromDevanagari(String entries, @Nullable String[] table, Character.UnicodeScript script) {
        for (String e : entries.split(" ")) {
            int k = e.charAt(0) - 0x0900;
            int cp = first + k;
            if (Character.isDefined(cp) && Character.UnicodeScript.of(cp) == script) {
                table[k] = e.substring(1);
            }
        }
    }

    /**
     * Sinhala: ISO 15919 as Sri Lankan English writes it: {@code ත ථ th} (dental), {@code ට t},
     * {@code ශ ෂ sh} but {@code s} in {@code ශ්‍රී sri}, {@code ඇ ae}, {@code ව v}, the
     * prenasalized {@code ඟ ඬ ඳ ඹ} as {@code ng nd nd mb}.
     */
    private static Brahmic sinhala() {
        Brahmic b = new Brahmic(0x0D80, Schwa.KEPT, "n", true, '\u0DCA', "");
        String consonants = "කk ඛkh ගg ඝgh ඞn ඟng චch ඡchh ජj ඣjh ඤny ඥgn ඦnj ටt ඨth ඩd ඪdh ණn ඬnd තth ථth දd "
                + "ධdh නn ඳnd පp ඵph බb භbh මm ඹmb යy රr ලl වv ශsh ෂsh සs හh ළl ෆf";
        String vowels = "අa ආa ඇae ඈae ඉi ඊi උu ඌu ඍri ඎri ඏli ඐli එe ඒe ඓai ඔo ඕo ඖau";
        String signs = "ාa ැae ෑae ිi ීi ුu ූu ෘri ෙe ේe ෛai ොo ෝo ෞau ෟlu ෲri ෳlu";
        b.fill(consonants, b.consonant);
        b.fill(vowels, b.vowel);
        b.fill(signs, b.sign);
        return b;
    }

    private void fill(String entries, @Nullable String[] table) {
        for (String e : entries.split(" ")) {
            table[e.charAt(0) - first] = e.substring(1);
        }
    }

    /**
     * The first character of the blocks these rules cover (Bengali). A compile-time constant, so
     * that a caller can test the range without loading the tables.
     */
    static final int FIRST = 0x0980;
    /** The end (exclusive) of the blocks these rules cover (after Sinhala). */
    static final int END = 0x0E00;

    /** The rules for a character of one of the scripts, or null. */
    static @Nullable Brahmic of(int c) {
        if (c < FIRST || c >= END) {
            return null;
        }
        return BY_BLOCK[(c - FIRST) >> 7];
    }

    private boolean covers(int c) {
        return c >= first && c < first + 0x80;
    }

    /** A letter of the block, or a joiner inside a word. */
    private boolean inRun(int c) {
        return covers(c) || isJoiner(c);
    }

    private static boolean isJoiner(int c) {
        return c == 0x200C || c == 0x200D;
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = ScriptRules.runEnd(s, start, this::inRun);
        int len = end - start;
        String[] cons = new String[len];
        String[] vow = new String[len];
        boolean[] inherent = new boolean[len];
        boolean[] nasal = new boolean[len];
        int count = 0;
        boolean doubleNext = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isJoiner(c)) {
                continue;
            }
            int k = c - first;
            if (consonant[k] != null) {
                String spelled = consonant[k];
                if (i + 1 < end && s.charAt(i + 1) == first + 0x3C) { // nukta
                    if (nukta[k] != null) {
                        spelled = nukta[k];
                    }
                    i++;
                }
                if (count > 0 && inCluster[k] != null && vow[count - 1].isEmpty() && !nasal[count - 1]
                        && !cons[count - 1].isEmpty() && !cons[count - 1].equals("r")) {
                    spelled = inCluster[k];
                }
                if (doubleNext && spelled.length() == 1) {
                    spelled = spelled + spelled; // ਪੱਕਾ pakka; an aspirate stays single: ਸਿੱਖ sikh
                }
                doubleNext = false;
                cons[count] = spelled;
                int j = i + 1;
                while (j < end && isJoiner(s.charAt(j))) {
                    j++; // ශ්‍රී: a joiner between the consonant and its sign changes only the shape
                }
                char next = j < end ? s.charAt(j) : 0;
                if (vowelless[k]) {
                    vow[count] = "";
                } else if (next == virama) {
                    vow[count] = "";
                    i = j;
                } else if (covers(next) && sign[next - first] != null) {
                    vow[count] = sign[next - first];
                    i = j;
                } else {
                    vow[count] = "a";
                    inherent[count] = true;
                }
                count++;
            } else if (vowel[k] != null) {
                cons[count] = "";
                vow[count] = vowel[k];
                count++;
            } else if (k == 0x02 || nasals.indexOf(c) >= 0) { // anusvara, chandrabindu, tippi
                char next = i + 1 < end ? s.charAt(i + 1) : 0;
                int nk = next - first;
                boolean labial = covers(next) && consonant[nk] != null
                        && (consonant[nk].startsWith("p") || consonant[nk].startsWith("b")
                                || consonant[nk].startsWith("m"));
                boolean wordEnd = !covers(next) || consonant[nk] == null && vowel[nk] == null;
                cons[count] = labial || k == 0x02 && wordEnd && anusvaraEndsInM ? "m" : k == 0x02 ? anusvara : "n";
                if (k != 0x02 && covers(next) && cons[count].equals(consonant[nk])) {
                    cons[count] = ""; // tippi before the same nasal: ਅੰਮ੍ਰਿਤਸਰ amritasar
                }
                vow[count] = "";
                nasal[count] = true;
                count++;
            } else if (k == 0x03) { // visarga
                cons[count] = "h";
                vow[count] = "";
                count++;
            } else if (c == geminate) {
                doubleNext = true;
            } else if (k >= 0x66 && k <= 0x6F) { // digits (Sinhala: the Lith digits)
                flush(cons, vow, inherent, nasal, count, out);
                count = 0;
                out.append((char) ('0' + k - 0x66));
            } else if (first == 0x0D80 && k == 0x74) { // kunddaliya
                flush(cons, vow, inherent, nasal, count, out);
                count = 0;
                out.boundary();
            }
            // other signs (avagraha, length marks, stray virama or nukta) are not written
        }
        flush(cons, vow, inherent, nasal, count, out);
        return end;
    }

    private void flush(String[] cons, String[] vow, boolean[] inherent, boolean[] nasal, int count, SlugBuilder out) {
        if (count == 0) {
            return;
        }
        int j = count - 1;
        if (schwa == Schwa.DROPPED_AT_WORD_END && inherent[j] && count > 1) {
            // kept after a cluster ending in r y v, as Hindi keeps it (মিত্র mitra)
            boolean cluster = vow[j - 1].isEmpty() && !nasal[j - 1]
                    && "r y v w j".contains(cons[j]) && cons[j].length() == 1;
            if (!cluster) {
                vow[j] = "";
            }
        }
        StringBuilder sb = new StringBuilder(count * 3);
        for (int i = 0; i < count; i++) {
            String c = cons[i];
            if (this == TAMIL) {
                c = tamil(cons, vow, nasal, i);
            }
            sb.append(c).append(vow[i]);
        }
        String word = sb.toString();
        if (this == SINHALA && word.contains("shr")) {
            word = word.replace("shr", "sr"); // ශ්‍රී sri
        }
        out.append(word);
    }

    /** Tamil stops: voiced between vowels and after a nasal; {@code ங} is n before k/g. */
    private static String tamil(String[] cons, String[] vow, boolean[] nasal, int i) {
        String c = cons[i];
        boolean afterVowel = i > 0 && !vow[i - 1].isEmpty();
        boolean afterNasal = i > 0 && vow[i - 1].isEmpty() && !nasal[i - 1]
                && (cons[i - 1].equals("n") || cons[i - 1].equals("m") || cons[i - 1].equals("ng")
                        || cons[i - 1].equals("ny"));
        boolean voiced = !vow[i].isEmpty() && (afterVowel || afterNasal);
        switch (c) {
            case "k": return voiced ? "g" : c;
            case "t": return voiced ? "d" : c;
            case "p": return voiced ? "b" : c;
            case "ch": return afterNasal && voiced ? "j" : afterVowel && voiced ? "s" : c;
            case "ng": return i + 1 < cons.length && vow[i].isEmpty() && "k".equals(cons[i + 1]) ? "n" : c;
            case "ny": return i + 1 < cons.length && vow[i].isEmpty() && "ch".equals(cons[i + 1]) ? "n" : c;
            default: return c;
        }
    }
}
