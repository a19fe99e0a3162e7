package dev.byline.slug.internal;

/**
 * Thaana (Dhivehi) by the Maldivian Latin of 1976 (Malé Latin, the government's romanization):
 * {@code ދ dh}, {@code ތ th}, {@code ޅ lh}, {@code ށ sh}, {@code ޏ gn}; the vowel signs
 * ({@code fili}) {@code a aa i ee u oo e ey o oa}; {@code ދިވެހި dhivehi}, {@code މާލެ maale}.
 * Alifu ({@code އ}) carries a vowel and is otherwise not written; with a sukun at the end of a
 * word it is {@code h}, inside a word it doubles the next consonant ({@code ބައްޕަ bappa}). The
 * letters for Arabic loanwords are read as their sound. Immutable and thread-safe.
 */
final class Thaana implements ScriptRules {

    static final Thaana RULES = new Thaana();

    private static final String[] LETTERS = (
            "h sh n r b lh k _ v m f dh th l g gn s d z t y p j ch th h kh dh z sh s dh t z _ gh q w").split(" ");
    private static final String[] FILI = "a aa i ee u oo e ey o oa".split(" ");
    private static final char SUKUN = '\u07B0';
    private static final char ALIFU = '\u0787';

    private Thaana() {}

    static boolean covers(int c) {
        return c >= 0x0780 && c < 0x07C0;
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = ScriptRules.runEnd(s, start, Thaana::covers);
        out.boundary(); // a change of script ends a word
        boolean doubleNext = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 0x07A6 && c <= 0x07AF) {
                out.append(FILI[c - 0x07A6]);
            } else if (c == ALIFU && i + 1 < end && s.charAt(i + 1) == SUKUN) {
                i++;
                if (i + 1 < end && s.charAt(i + 1) >= 0x0780 && s.charAt(i + 1) <= 0x07A5) {
                    doubleNext = true;
                } else {
                    out.append('h');
                }
            } else if (c >= 0x0780 && c <= 0x07A5 || c == 0x07B1) {
                String spelled = c == 0x07B1 ? "n" : LETTERS[c - 0x0780];
                if (spelled.equals("_")) {
                    continue; // alifu, ainu: the vowel is written by its sign
                }
                if (doubleNext) {
                    out.append(spelled.charAt(0));
                    doubleNext = false;
                }
                out.append(spelled);
            }
            // sukun on another letter, and unassigned: nothing to write
        }
        out.boundary();
        return end;
    }
}
