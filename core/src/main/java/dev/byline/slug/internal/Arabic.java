package dev.byline.slug.internal;

import org.jspecify.annotations.Nullable;

/**
 * Arabic script (Arabic, Persian, Pashto, Urdu, Kurdish...): every letter has a spelling, including
 * the letters ICU's {@code Arabic-Latin} leaves out or writes with marks ({@code پ p},
 * {@code چ ch}, {@code ژ zh}, {@code گ g}, Urdu {@code ٹ ڈ ڑ ں ے}, Pashto
 * {@code ټ ډ ړ ښ ږ ځ څ ګ ڼ ۍ ې}). The text's short vowels are not written, so the slug is
 * mostly consonants: vowel marks ({@code َ ُ ِ ّ ْ}, superscript alef) and the tatweel are
 * ignored, so that vocalized and plain spellings agree; {@code و} is {@code w} (Persian
 * {@code v}) at the start of a word or next to an alef and {@code u} elsewhere; {@code ي ی} is
 * {@code y} at the start or next to a long vowel and {@code i} elsewhere ({@code علی} is
 * {@code ali}); a word-initial {@code ای} is {@code i} ({@code ایران} is {@code iran}). Arabic
 * reads {@code ث ذ ض} as {@code th dh d}; Persian, Urdu and Pashto as {@code s z z}. Eastern
 * Arabic and Persian digits are ASCII digits. The zero-width non-joiner joins (main loop).
 */
final class Arabic implements ScriptRules {

    static final Arabic ARABIC = new Arabic(false);
    static final Arabic PERSIAN_FAMILY = new Arabic(true);

    private static final int FIRST = 0x0600;
    private static final @Nullable String[] COMMON = new String[0x100];

    static {
        String table = "آa أa ؤu إi ئi اa بb ةa تt ثth جj حh خkh دd ذdh رr زz سs شsh صs ضd طt ظz عa غgh "
                + "ػk ؼk ؽy ؾy ؿy فf قq كk لl مm نn هh ىa "
                + "ٱa ٲa ٳa ٵa ٶu ٷu ٸy ٹt ٺth ٻb ټt ٽt پp ٿth ڀbh ځdz ڂch ڃny ڄdy څts چch ڇchh ڈd ډd ڊd ڋd "
                + "ڌdh ڍd ڎd ڏd ڐd ڑr ڒr ړr ڔr ڕr ږzh ڗz ژzh ڙr ښsh ڛs ڜsh ڝs ڞs ڟz ڠng ڡf ڢf ڣf ڤv ڥv ڦph ڧq "
                + "ڨg کk ڪk ګg ڬg ڭng ڮk گg ڰg ڱng ڲg ڳg ڴg ڵl ڶl ڷl ڸl ڹn ںn ڻn ڼn ڽn ھh ڿch ۀh ہh ۂh ۃa "
                + "ۄo ۅo ۆo ۇu ۈu ۉu ۊu ۋv ۍay ێe ۏw ېe ۑy ےe ۓe ەe ۺsh ۻd ۼgh ۿh";
        for (String entry : table.split(" ")) {
            COMMON[entry.charAt(0) - FIRST] = entry.substring(1);
        }
        COMMON['ء' - FIRST] = "";
    }

    private final boolean persianFamily;

    private Arabic(boolean persianFamily) {
        this.persianFamily = persianFamily;
    }

    static Arabic forLanguage(String code) {
        switch (code) {
            case "fa": case "ur": case "ps": case "prs": case "tg": case "ku": case "ckb": case "sd": case "bal":
                return PERSIAN_FAMILY;
            default:
                return ARABIC;
        }
    }

    static boolean covers(int c) {
        return c >= FIRST && c < 0x0700;
    }

    /** Vowel marks, Quranic annotation marks and the tatweel: ignored. */
    private static boolean ignored(char c) {
        return c >= 0x064B && c <= 0x065F || c == 0x0670 || c == 0x0640 || c >= 0x06D6 && c <= 0x06ED
                || c >= 0x0610 && c <= 0x061A;
    }

    private static boolean isYeh(char c) {
        return c == 'ي' || c == 'ی';
    }

    private static boolean isLongVowelLetter(char c) {
        return c == 'ا' || c == 'و' || c == 'ي' || c == 'ی' || c == 'آ';
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = ScriptRules.runEnd(s, start, Arabic::covers);
        char prev = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (ignored(c)) {
                continue;
            }
            int digit = c >= 0x0660 && c <= 0x0669 ? c - 0x0660 : c >= 0x06F0 && c <= 0x06F9 ? c - 0x06F0 : -1;
            if (digit >= 0) {
                out.append((char) ('0' + digit));
                prev = 0;
                continue;
            }
            char next = nextLetter(s, i + 1, end);
            boolean wordStart = out.atWordStart();
            String spelled;
            if (c == 'و') {
                spelled = wordStart ? (persianFamily ? "v" : "w") : prev == 'ا' || next == 'ا' ? "w" : "u";
            } else if (isYeh(c)) {
                spelled = wordStart || isLongVowelLetter(next) || prev == 'ا' || prev == 'و' ? "y" : "i";
            } else if (c == 'ا' && wordStart && isYeh(next)) {
                spelled = "i";
                i = skipTo(s, i + 1, end);
            } else if (c == 'ا' && wordStart && next == 'و') {
                spelled = "u";
                i = skipTo(s, i + 1, end);
            } else if (persianFamily && (c == 'ث' || c == 'ذ' || c == 'ض')) {
                spelled = c == 'ث' ? "s" : "z";
            } else {
                spelled = COMMON[c - FIRST];
            }
            if (spelled == null) {
                out.boundary(); // Arabic comma, question mark, percent sign...
                prev = 0;
            } else {
                out.append(spelled);
                prev = c;
            }
        }
        return end;
    }

    /** The next letter at or after {@code i}, skipping ignored marks; 0 at the end of the run. */
    private static char nextLetter(String s, int i, int end) {
        while (i < end && ignored(s.charAt(i))) {
            i++;
        }
        return i < end ? s.charAt(i) : 0;
    }

    /** The index of the next letter at or after {@code i} (so the caller's loop skips it). */
    private static int skipTo(String s, int i, int end) {
        while (i < end && ignored(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
