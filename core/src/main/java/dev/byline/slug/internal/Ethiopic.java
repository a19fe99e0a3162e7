package dev.byline.slug.internal;

/**
 * The Ethiopic syllabary (Amharic, Tigrinya) by BGN/PCGN 1967 Amharic, in ASCII and read as
 * Ethiopian names are spelled in English: each syllable is a consonant of its row and the vowel
 * of its order, {@code e u i a e} (no vowel) {@code o} and {@code wa}; the sixth order, which
 * is a short vowel or none, is written as none ({@code ኢትዮጵያ ityopya}, {@code አዲስ አበባ
 * adis-abeba}; ICU's {@code Amharic-Latin/BGN} writes {@code i}: {@code itiyopiya}); the
 * ejectives lose BGN's apostrophes ({@code ጠ t}, {@code ቀ k}); the glottal rows {@code አ ዐ}
 * carry only their vowel, the first order being {@code a} and the sixth {@code e} ({@code እንደ
 * ende}), and the first order after {@code h} is {@code a} as well ({@code ሀ ha}), as BGN writes
 * it. The rows with a {@code w} ({@code ቈ ኰ ጐ}) write it ({@code ቈ kwe}; ICU: {@code ko}). Apart
 * from these choices the table gives the answers of ICU's {@code Amharic-Latin/BGN}. The word
 * space {@code ፡} and the other Ethiopic punctuation end a word; Ethiopic numerals are not digits
 * and are not written. Immutable and thread-safe.
 */
final class Ethiopic implements ScriptRules {

    static final Ethiopic RULES = new Ethiopic();

    /** The consonant of each row of eight syllables from U+1200; {@code _} for the glottal rows. */
    private static final String[] ROWS = (
            "h l h m s r s sh k kw k kw b v t ch h hw n ny _ k kw h hw w _ z zh y d d j g gw g t ch p ts ts f p")
            .split(" ");
    private static final String[] ORDER = {"e", "u", "i", "a", "e", "", "o", "wa"};

    private Ethiopic() {}

    static boolean covers(int c) {
        return c >= 0x1200 && c < 0x13A0 || c >= 0x2D80 && c < 0x2DE0 || c >= 0xAB00 && c < 0xAB30;
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = ScriptRules.runEnd(s, start, Ethiopic::covers);
        out.boundary(); // a change of script ends a word
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 0x1358 && c <= 0x135A) {
                out.append(c == 0x1358 ? "rya" : c == 0x1359 ? "mya" : "fya");
            } else if (c >= 0x1200 && c < 0x1200 + ROWS.length * 8) {
                int row = (c - 0x1200) / 8;
                int order = (c - 0x1200) % 8;
                String consonant = ROWS[row];
                boolean labial = consonant.length() > 1 && consonant.endsWith("w");
                if (labial && (order == 1 || order > 5) || !Character.isLetter(c)) {
                    continue; // unassigned places in the rows with w
                }
                boolean glottal = consonant.equals("_");
                boolean throat = glottal || consonant.equals("h") && row != 23; // not ኸ, a k sound
                String vowel = throat && order == 0 ? "a" : glottal && order == 5 ? "e" : glottal && order == 7 ? "e"
                        : ORDER[order];
                if (labial && order == 0) {
                    vowel = "e";
                }
                out.append((glottal ? "" : consonant) + vowel);
            } else if (Character.isLetter(c)) {
                continue; // the extended rows of other languages: not read
            } else if (c >= 0x135D && c <= 0x135F) {
                continue; // combining gemination and vowel-length marks
            } else {
                out.boundary(); // word space, full stop, comma, numerals
            }
        }
        out.boundary();
        return end;
    }
}
