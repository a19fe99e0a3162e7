package dev.byline.slug.internal;

/**
 * Georgian by the national system of 2002 (the romanization of the Georgian government, which
 * BGN/PCGN adopted in 2009), the answers of ICU's {@code Georgian-Latin/BGN} without the
 * apostrophes of the ejectives, as a slug drops them: {@code საქართველო sakartvelo},
 * {@code წყალი tsqali}. Capital Mtavruli letters are read as the Mkhedruli letters they stand for;
 * the old Asomtavruli and Nuskhuri alphabets and the letters Georgian no longer uses
 * ({@code ჱ ჲ ჳ ჴ ჵ ჶ ჷ ჸ}) are read too, where ICU leaves them as they are. Immutable and
 * thread-safe.
 */
final class Georgian implements ScriptRules {

    static final Georgian RULES = new Georgian();

    private static final String[] LETTERS = new String[0x30];

    static {
        String pairs = "აa ბb გg დd ეe ვv ზz თt იi კk ლl მm ნn ოo პp ჟzh რr სs ტt უu ფp ქk ღgh ყq შsh ჩch ცts ძdz "
                + "წts ჭch ხkh ჯj ჰh ჱe ჲi ჳv ჴq ჵo ჶf ჷy ჸ ჹ ჺ";
        for (String e : pairs.split(" ")) {
            LETTERS[e.charAt(0) - 0x10D0] = e.substring(1);
        }
    }

    private Georgian() {}

    static boolean covers(int c) {
        return c >= 0x10A0 && c < 0x1100 || c >= 0x1C90 && c < 0x1CC0 || c >= 0x2D00 && c < 0x2D30;
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = ScriptRules.runEnd(s, start, Georgian::covers);
        out.boundary(); // a change of script ends a word
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            int k;
            // Mtavruli, Asomtavruli and Nuskhuri letters are in the order of the Mkhedruli ones
            if (c >= 0x1C90 && c <= 0x1CBF) {
                k = c - 0x1C90;
            } else if (c >= 0x10A0 && c <= 0x10C5) {
                k = c - 0x10A0;
            } else if (c >= 0x2D00 && c <= 0x2D25) {
                k = c - 0x2D00;
            } else {
                k = c - 0x10D0;
            }
            String spelled = k >= 0 && k < LETTERS.length ? LETTERS[k] : null;
            if (spelled != null) {
                out.append(spelled);
            } else if (c == 0x10FB) {
                out.boundary(); // paragraph separator
            }
            // modifier nar and other signs: not written
        }
        out.boundary();
        return end;
    }
}
