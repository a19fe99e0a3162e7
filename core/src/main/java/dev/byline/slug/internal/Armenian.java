package dev.byline.slug.internal;

/**
 * Armenian by BGN/PCGN 1981 Armenian, the answers of ICU's {@code Armenian-Latin/BGN} in ASCII:
 * {@code ե} is {@code ye} at the start of a word and after a vowel, {@code e} elsewhere;
 * {@code ո} is {@code vo} at the start of a word, {@code ու} is {@code u}, {@code և} is
 * {@code yev}/{@code ev} as {@code ե}; {@code ռ rr}, {@code ը y}, {@code խ kh}, {@code ղ gh},
 * {@code ժ zh}; the apostrophes of the aspirates go as a slug's apostrophes go
 * ({@code Հայաստան hayastan}, {@code Երևան yerevan}). The emphasis, exclamation and question
 * marks written over a vowel ({@code ՞ ՜ ՛}) do not break the word. Two differences from ICU:
 * a {@code ւ} not after {@code ո} is {@code v} (ICU leaves it unwritten), and {@code ո} after an
 * aspirate is {@code o} ({@code Փողոց poghots}; ICU, reading its own apostrophe as the end of a
 * word, writes {@code p'voghots'}). Immutable and
 * thread-safe.
 */
final class Armenian implements ScriptRules {

    static final Armenian RULES = new Armenian();

    private static final String[] LETTERS = new String[0x27];

    static {
        String pairs = "աa բb գg դd եe զz էe ըy թt ժzh իi լl խkh ծts կk հh ձdz ղgh ճch մm յy նn շsh ոo չch պp ջj "
                + "ռrr սs վv տt րr ցts ւv փp քk օo ֆf";
        for (String e : pairs.split(" ")) {
            LETTERS[e.charAt(0) - 0x0561] = e.substring(1);
        }
    }

    private Armenian() {}

    static boolean covers(int c) {
        return c >= 0x0530 && c < 0x0590 || c >= 0xFB13 && c <= 0xFB17;
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = ScriptRules.runEnd(s, start, Armenian::covers);
        out.boundary(); // a change of script ends a word
        boolean wordStart = out.atWordStart();
        boolean afterVowel = false;
        String run = s.substring(start, end);
        run = expandLigatures(run);
        int n = run.length();
        for (int i = 0; i < n; i++) {
            char c = Character.toLowerCase(run.charAt(i));
            if (c < 0x0561 || c > 0x0587) {
                if (c >= 0x055A && c <= 0x055F) {
                    continue; // apostrophe, emphasis, exclamation, comma-like and question marks inside a word
                }
                out.boundary(); // full stop, hyphen, other signs
                wordStart = true;
                afterVowel = false;
                continue;
            }
            char next = i + 1 < n ? Character.toLowerCase(run.charAt(i + 1)) : 0;
            String spelled;
            boolean vowel;
            if (c == 'ո' && next == 'ւ') {
                spelled = "u";
                vowel = true;
                i++;
            } else if (c == 'ե' || c == 'և') {
                spelled = (wordStart || afterVowel ? "y" : "") + (c == 'ե' ? "e" : "ev");
                vowel = c == 'ե';
            } else if (c == 'ո') {
                spelled = wordStart ? "vo" : "o";
                vowel = true;
            } else {
                spelled = LETTERS[c - 0x0561];
                vowel = "աէըիօ".indexOf(c) >= 0;
            }
            out.append(spelled);
            wordStart = false;
            afterVowel = vowel;
        }
        out.boundary();
        return end;
    }

    /** The ligatures ﬓ ﬔ ﬕ ﬖ ﬗ as the letters they join: մն մե մի վն մխ. */
    private static String expandLigatures(String run) {
        for (int k = 0; k < 5; k++) {
            char ligature = (char) (0xFB13 + k);
            if (run.indexOf(ligature) >= 0) {
                run = run.replace(String.valueOf(ligature), "մնմեմիվնմխ".substring(k * 2, k * 2 + 2));
            }
        }
        return run;
    }
}
