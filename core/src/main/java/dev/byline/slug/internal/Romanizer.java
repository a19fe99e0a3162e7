package dev.byline.slug.internal;

import com.ibm.icu.lang.UScript;
import dev.byline.internal.Text;
import java.text.Normalizer;

/**
 * Writes a title as lowercase ASCII words: the main loop of ASCII slugs. ASCII letters and digits
 * are copied in one tight loop that touches nothing else (no ICU, no normalization); any other
 * character goes to the rules of its script, chosen by the language where the language has a say
 * (Latin letters, Cyrillic, Arabic script) and by the script otherwise. Immutable and
 * thread-safe.
 */
public final class Romanizer {

    private final Language lang;
    private final char separator;
    private final Arabic arabic;

    public Romanizer(Language lang, char separator) {
        this.lang = lang;
        this.separator = separator;
        this.arabic = Arabic.forLanguage(lang.code());
    }

    /** The words of the title joined by the separator; empty if nothing in it can be written. */
    public String romanize(String title) {
        SlugBuilder out = new SlugBuilder(separator, title.length() + 16);
        if (!write(title, out, true, 0)) {
            out.clear();
            write(Normalizer.normalize(title, Normalizer.Form.NFC), out, false, 0);
        }
        return out.toString();
    }

    /**
     * Why a title gave no slug, as the rule of the error: it has only punctuation, symbols, emoji
     * or spaces, or letters of a script that has no romanization (named by its Unicode name).
     */
    public static String nothingUsable(String title) {
        String rule = "must contain a letter or digit that can be written in a slug";
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            i += Character.charCount(cp);
            int script = UScript.getScript(cp);
            if (Character.isLetter(cp) && !hasRules(cp) && script != UScript.COMMON && script != UScript.INHERITED
                    && script != UScript.UNKNOWN) {
                return rule + " (the " + UScript.getName(script) + " script has no romanization: use"
                        + " unicode(true) slugs or a fallback)";
            }
        }
        return rule + " (only punctuation, symbols, emoji or spaces found)";
    }

    /** Writes text ICU produced (Latin, maybe with leftovers) without going back to ICU. */
    void writeFallbackOutput(String latin, SlugBuilder out) {
        write(latin, out, false, 1);
    }

    /**
     * Writes {@code s}; returns false, having written a prefix, if {@code checkNfc} is set and the
     * text turns out not to be NFC.
     */
    private boolean write(String s, SlugBuilder out, boolean checkNfc, int depth) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    out.append(c);
                    i++;
                } else if (c >= 'A' && c <= 'Z') {
                    out.append((char) (c + ('a' - 'A')));
                    i++;
                } else {
                    i = Punctuation.ascii(s, i, c, out, lang);
                }
                continue;
            }
            if (checkNfc) {
                if (!Text.isNfc(s)) {
                    return false;
                }
                checkNfc = false;
            }
            i = nonAscii(s, i, c, out, depth);
        }
        return true;
    }

    private int nonAscii(String s, int i, char c, SlugBuilder out, int depth) {
        if (LatinLetters.covers(c)) {
            String spelled = lang.latin(c);
            if (spelled != null) {
                out.append(spelled);
                return i + 1;
            }
        } else if (Cyrillic.covers(c)) {
            return lang.cyrillic().write(s, i, out);
        } else if (Greek.covers(c)) {
            return Greek.RULES.write(s, i, out);
        } else if (Arabic.covers(c)) {
            return arabic.write(s, i, out);
        } else if (Hindi.covers(c)) {
            return Hindi.RULES.write(s, i, out);
        } else if (Brahmic.of(c) != null) {
            return Brahmic.of(c).write(s, i, out);
        } else if (Japanese.covers(c)) {
            return Japanese.RULES.write(s, i, out);
        } else if (Korean.covers(c)) {
            return Korean.RULES.write(s, i, out);
        } else if (Chinese.covers(c)) {
            String pinyin = Chinese.pinyin(c);
            if (pinyin != null) {
                out.boundary();
                out.append(pinyin);
                out.boundary();
                return i + 1;
            }
        } else if (Myanmar.covers(c)) {
            return Myanmar.RULES.write(s, i, out);
        } else if (Hebrew.covers(c)) {
            return Hebrew.RULES.write(s, i, out);
        } else if (Thaana.covers(c)) {
            return Thaana.RULES.write(s, i, out);
        } else if (Ethiopic.covers(c)) {
            return Ethiopic.RULES.write(s, i, out);
        } else if (Bopomofo.covers(c)) {
            return Bopomofo.RULES.write(s, i, out);
        } else if (Armenian.covers(c)) {
            return Armenian.RULES.write(s, i, out);
        } else if (Georgian.covers(c)) {
            return Georgian.RULES.write(s, i, out);
        } else if (Khmer.covers(c)) {
            return Khmer.RULES.write(s, i, out);
        } else if (Tibetan.covers(c)) {
            return Tibetan.RULES.write(s, i, out);
        } else if (Thai.isThai(c)) {
            return Thai.THAI.write(s, i, out);
        } else if (Thai.isLao(c)) {
            return Thai.LAO.write(s, i, out);
        }
        int cp = s.codePointAt(i);
        int next = i + Character.charCount(cp);
        if (Marks.isApostrophe(cp)) {
            Punctuation.apostrophe(s, next, out, lang);
            return next;
        }
        if (cp == 0xB7) {
            Punctuation.middleDot(s, i, out);
            return next;
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT || Marks.isMark(cp)) {
            return next; // joiners, bidi controls, soft hyphens, stray combining marks
        }
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            out.append((char) ('0' + Character.digit(cp, 10)));
            return next;
        }
        if (depth == 0 && type != Character.SURROGATE && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE) {
            String one = s.substring(i, next);
            String compatible = Normalizer.normalize(one, Normalizer.Form.NFKC);
            if (!compatible.equals(one)) {
                write(compatible, out, false, 1); // full-width letters, ligatures, superscripts
                return next;
            }
            if (Character.isLetter(cp)) {
                int end = next;
                while (end < s.length()) {
                    int c2 = s.codePointAt(end);
                    if (!(Character.isLetter(c2) || Marks.isMark(c2)) || c2 < 0x80 || hasRules(c2)) {
                        break;
                    }
                    end += Character.charCount(c2);
                }
                out.boundary();
                writeFallbackOutput(IcuFallback.anyLatin(s.substring(i, end)), out);
                out.boundary();
                return end;
            }
        }
        out.boundary();
        return next;
    }

    private static boolean hasRules(int c) {
        return LatinLetters.covers(c) || Cyrillic.covers(c) || Greek.covers(c) || Arabic.covers(c)
                || Hindi.covers(c) || Brahmic.of(c) != null || Japanese.covers(c) || Korean.covers(c) || Thai.isThai(c) || Thai.isLao(c)
                || Tibetan.covers(c) || Khmer.covers(c) || Armenian.covers(c) || Georgian.covers(c)
                || Hebrew.covers(c) || Thaana.covers(c) || Ethiopic.covers(c) || Bopomofo.covers(c)
                || Myanmar.covers(c)
                || Chinese.covers(c) && Chinese.pinyin(c) != null;
    }
}
