package dev.byline.slug.internal;

/**
 * Hebrew (and Yiddish letters) without vowel points, as Israeli road signs spell names, by a few
 * documented rules rather than a dictionary: the consonants of ISO 259-2 / the Academy of the
 * Hebrew Language's simple transcription (2006) in ASCII ({@code ח h}, {@code כ ך kh},
 * {@code צ ץ ts}, {@code ש sh}, {@code ב פ כ} as {@code b p k} at the start of a word and
 * {@code v f kh} elsewhere or by their dagesh; {@code ג׳ j}, {@code ז׳ zh}, {@code צ׳ ch}, also
 * with an apostrophe for the geresh); the letters that also write vowels ({@code ו י}) are
 * {@code v y} at the start of a word and when doubled, {@code o i} elsewhere ({@code י} before a
 * final {@code ה} is {@code y}); {@code ה} at the end of a word is {@code a}; {@code א ע} are
 * {@code a} at the start and the end of a word, {@code e} between two consonants and silent
 * elsewhere; a word that starts with two consonants gets {@code a} between them, the commonest
 * vowel ({@code שלום shalom}, {@code רמת גן ramat-gan}, {@code ירושלים yirushlim}: {@code י}
 * before a consonant at the start of a word is {@code yi}). Without the points the vowels are
 * guesses: {@code תל אביב} is {@code tal-aviv}. Points are otherwise not read, cantillation marks
 * are ignored, and the maqaf ends a word. Immutable and thread-safe.
 */
final class Hebrew implements ScriptRules {

    static final Hebrew RULES = new Hebrew();

    private static final char DAGESH = '\u05BC';
    private static final char SIN_DOT = '\u05C2';
    private static final char GERESH = '\u05F3';

    private Hebrew() {}

    static boolean covers(int c) {
        return c >= 0x0590 && c < 0x0600;
    }

    private static boolean isLetter(char c) {
        return c >= 0x05D0 && c <= 0x05EA || c >= 0x05F0 && c <= 0x05F2;
    }

    private static boolean isConsonant(char c) {
        return isLetter(c) && c != 'ו' && c != 'י' && c != 'א' && c != 'ע';
    }

    @Override
    public int write(String s, int start, SlugBuilder out) {
        int end = start;
        while (end < s.length() && (covers(s.charAt(end)) || isAsciiGeresh(s, end))) {
            end++;
        }
        out.boundary(); // a change of script ends a word
        // the letters of each word, with flags for a dagesh or sin dot on them
        int i = start;
        while (i < end) {
            if (!isLetter(s.charAt(i))) {
                char c = s.charAt(i++);
                if (c == 0x05BE || c == 0x05C0 || c == 0x05C3 || c == 0x05C6) {
                    out.boundary(); // maqaf, paseq, sof pasuq, nun hafukha
                }
                continue; // points, cantillation, geresh and gershayim outside a letter
            }
            int wordEnd = i;
            StringBuilder letters = new StringBuilder();
            StringBuilder marks = new StringBuilder();
            while (wordEnd < end && (!isBreak(s.charAt(wordEnd)) || isAsciiGeresh(s, wordEnd))) {
                char c = s.charAt(wordEnd++);
                if (isLetter(c)) {
                    letters.append(c);
                    marks.append(' ');
                } else if (letters.length() > 0 && (c == DAGESH || c == SIN_DOT || c == GERESH || c == '\''
                        || c == '\u2019')) {
                    marks.setCharAt(marks.length() - 1, c);
                }
            }
            word(letters, marks, out);
            i = wordEnd;
        }
        out.boundary();
        return end;
    }

    /** An apostrophe typed for a geresh: {@code ג'ורג'}. */
    private static boolean isAsciiGeresh(String s, int i) {
        char c = s.charAt(i);
        return (c == '\'' || c == '\u2019') && i > 0 && "גזצץ".indexOf(s.charAt(i - 1)) >= 0;
    }

    private static boolean isBreak(char c) {
        return !(c >= 0x0591 && c <= 0x05C7 && c != 0x05BE && c != 0x05C0 && c != 0x05C3 && c != 0x05C6
                || isLetter(c) || c == GERESH || c == 0x05F4);
    }

    private static void word(CharSequence w, CharSequence marks, SlugBuilder out) {
        int n = w.length();
        StringBuilder sb = new StringBuilder(n * 2);
        for (int k = 0; k < n; k++) {
            char c = w.charAt(k);
            char mark = marks.charAt(k);
            char prev = k > 0 ? w.charAt(k - 1) : 0;
            char next = k + 1 < n ? w.charAt(k + 1) : 0;
            boolean first = k == 0;
            boolean last = k == n - 1;
            String spelled;
            switch (c) {
                case 'א': case 'ע':
                    spelled = first ? (next == 'ו' || next == 'י' ? "" : "a")
                            : isConsonant(prev) && isConsonant(next) ? "e" : last && isConsonant(prev) ? "a" : "";
                    break;
                case 'ב': spelled = first || mark == DAGESH ? "b" : "v"; break;
                case 'ג': spelled = mark == GERESH || mark == '\'' ? "j" : "g"; break;
                case 'ד': spelled = "d"; break;
                case 'ה': spelled = last && k > 0 ? "a" : "h"; break;
                case 'ו':
                    if (next == 'ו') {
                        spelled = "v"; // וו: v, written once
                        k++;
                    } else {
                        spelled = first ? "v" : mark == DAGESH ? "u" : "o";
                    }
                    break;
                case 'ז': spelled = mark == GERESH || mark == '\'' ? "zh" : "z"; break;
                case 'ח': spelled = "h"; break;
                case 'ט': spelled = "t"; break;
                case 'י':
                    if (first) {
                        spelled = isConsonant(next) ? "yi" : "y";
                    } else if (next == 'י') {
                        spelled = "y";
                        k++;
                    } else if (next == 'ה' && k + 2 == n) {
                        spelled = "y"; // נתניה natnya
                    } else {
                        spelled = "i";
                    }
                    break;
                case 'כ': spelled = first || mark == DAGESH ? "k" : "kh"; break;
                case 'ך': spelled = "kh"; break;
                case 'ל': spelled = "l"; break;
                case 'מ': case 'ם': spelled = "m"; break;
                case 'נ': case 'ן': spelled = "n"; break;
                case 'ס': spelled = "s"; break;
                case 'פ': spelled = first || mark == DAGESH ? "p" : "f"; break;
                case 'ף': spelled = "f"; break;
                case 'צ': case 'ץ': spelled = mark == GERESH || mark == '\'' ? "ch" : "ts"; break;
                case 'ק': spelled = "k"; break;
                case 'ר': spelled = "r"; break;
                case 'ש': spelled = mark == SIN_DOT ? "s" : "sh"; break;
                case 'ת': spelled = "t"; break;
                case 'װ': spelled = "v"; break;
                case 'ױ': spelled = "oy"; break;
                case 'ײ': spelled = "ey"; break;
                default: spelled = ""; break;
            }
            sb.append(spelled);
            if (first && isConsonant(c) && isConsonant(next) && n > 1) {
                sb.append('a'); // שלום shalom
            }
        }
        out.append(sb.toString());
    }
}
