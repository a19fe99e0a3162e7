package dev.byline.slug.internal;

import java.text.Normalizer;

/**
 * Greek: ELOT 743 / UN (UNGEGN) transcription in ASCII, the answers of ICU's
 * {@code Greek-Latin/UNGEGN}: {@code η i}, {@code υ y}, {@code χ ch}, {@code θ th},
 * {@code ψ ps}, {@code ου ou}; {@code αυ ευ ηυ} are {@code av ev iv} before a vowel or voiced
 * consonant and {@code af ef if} before a voiceless one or at the end of a word; {@code γγ ng},
 * {@code γξ nx}, {@code γχ nch}, {@code γκ nk}; {@code μπ} is {@code b} at the start of a word.
 * Accents go; a diaeresis keeps two vowels apart. Two differences from ICU: {@code γκ} at the
 * start of a word is {@code gk} (ICU: {@code nk}), and a diaeresis on {@code υ} stops the
 * {@code v}/{@code f} reading ({@code Ταΰγετος} is {@code taygetos}; ICU: {@code tafgetos}).
 */
final class Greek implements ScriptRules {

    static final Greek RULES = new Greek();

    /** Lowercase vowels with tonos or diaeresis, and their base letters (the rest need NFD). */
    private static final String TONOS = "άέήίϊϋόύώΐΰ";
    private static final String TONOS_BASE = "αεηιιυουωιυ";
    private static final String VOICELESS = "θκξπσςτφχψ";
    private static final String[] LETTERS = new String[26];

    static {
        String pairs = "αa βv γg δd εe ζz ηi ιi κk λl μm νn ξx οo πp ρr σs τt υy φf ωo";
        for (String p : pairs.split(" ")) {
            LETTERS[p.charAt(0) - 'α'] = p.substring(1);
        }
        LETTERS['θ' - 'α'] = "th";
        LETTERS['χ' - 'α'] = "ch";
        LETTERS['ψ' - 'α'] = "ps";
        LETTERS['ς' - 'α'] = "s";
    }

    private Greek() {}

    static boolean covers(int c) {
        return c >= 0x370 && c < 0x400 || c >= 0x1F00 && c < 0x2000;
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = ScriptRules.runEnd(s, start, Greek::covers);
        // base letters (lowercase, accents removed), 0 for non-letters; diaeresis flags
        int len = end - start;
        char[] base = new char[len];
        boolean[] diaeresis = new boolean[len];
        for (int k = 0; k < len; k++) {
            char c = s.charAt(start + k);
            char lc = Character.toLowerCase(c);
            if (lc >= 'α' && lc <= 'ω') {
                base[k] = lc;
            } else if (lc >= 'ά' && lc <= 'ώ' || lc == 'ΐ' || lc == 'ΰ') {
                int k2 = TONOS.indexOf(lc);
                base[k] = k2 >= 0 ? TONOS_BASE.charAt(k2) : lc;
                diaeresis[k] = "ϊϋΐΰ".indexOf(lc) >= 0;
            } else if (Character.isLetter(c)) {
                String nfd = Normalizer.normalize(String.valueOf(lc), Normalizer.Form.NFD);
                char b = nfd.charAt(0);
                base[k] = b >= 'α' && b <= 'ω' ? b : 0;
                diaeresis[k] = nfd.indexOf('\u0308') >= 0;
            }
        }
        boolean wordStart = out.atWordStart();
        for (int k = 0; k < len; k++) {
            char c = base[k];
            if (c == 0) {
                if (!Marks.isMark(s.charAt(start + k))) {
                    out.boundary(); // Greek punctuation such as the ano teleia
                }
                wordStart = out.atWordStart();
                continue;
            }
            char next = k + 1 < len ? base[k + 1] : 0;
            boolean nextJoins = k + 1 < len && !diaeresis[k + 1];
            if ((c == 'α' || c == 'ε' || c == 'η') && next == 'υ' && nextJoins) {
                char after = k + 2 < len ? base[k + 2] : 0;
                out.append(LETTERS[c - 'α']);
                out.append(after == 0 || VOICELESS.indexOf(after) >= 0 ? "f" : "v");
                k++;
            } else if (c == 'ο' && next == 'υ' && nextJoins) {
                out.append("ou");
                k++;
            } else if (c == 'μ' && next == 'π' && wordStart) {
                out.append("b");
                k++;
            } else if (c == 'γ' && (next == 'γ' || next == 'κ' || next == 'ξ' || next == 'χ')) {
                out.append(next == 'κ' && wordStart ? "g" : "n");
                out.append(next == 'γ' ? "g" : LETTERS[next - 'α']);
                k++;
            } else {
                out.append(LETTERS[c - 'α']);
            }
            wordStart = false;
        }
        return end;
    }
}
