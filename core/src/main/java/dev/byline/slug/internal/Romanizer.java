package dev.byline.slug.internal;

import com.ibm.icu.lang.UScript;
import dev.byline.internal.Text;
import dev.byline.slug.spi.JapaneseReader;
import dev.byline.slug.spi.JapaneseWord;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a title as lowercase ASCII words: the main loop of ASCII slugs. ASCII letters and digits
 * are copied in one tight loop that touches nothing else (no ICU, no normalization); any other
 * character goes to the rules of its script, chosen by the language where the language has a say
 * (Latin letters, Cyrillic, Arabic script) and by the script otherwise. Immutable and
 * thread-safe.
 *
 * <p><b>Japanese or Chinese.</b> Kanji and Chinese characters are the same code points, so the
 * title decides, the first time a kana or an ideograph needs to know: a title is Japanese if the
 * locale's language is Japanese ({@code ja}), or if the locale is not a Chinese language and the
 * title has a kana letter anywhere (no Chinese text has kana). In a Japanese title, with a
 * {@link JapaneseReader} (the byline-japanese add-on), every run of kanji and kana goes to the
 * reader, which splits it into words and reads them; the readings are written by the Hepburn
 * rules of {@link Japanese}, particles {@code は へ を} as {@code wa e o}, endings joined to their
 * word. Without a reader, kana are written by {@link Japanese} as before, and a kanji makes the
 * whole title unwritable ({@link #romanize} returns null): its reading needs a dictionary, and
 * reading it as Chinese ({@code 東京 dong-jing}) would be wrong. Ideographs in any other title are
 * Chinese ({@link Chinese}).
 */
public final class Romanizer {

    /** Languages whose ideographs are Chinese even beside kana: Chinese and its ISO 639-3 languages. */
    private static final Set<String> CHINESE_LANGUAGES =
            Set.of("zh", "cmn", "yue", "wuu", "hak", "nan", "gan", "hsn", "cdo", "cjy", "lzh");

    private final Language lang;
    private final char separator;
    private final Arabic arabic;
    private final boolean japaneseLocale;
    private final boolean chineseLocale;
    /** The reader set on the slugger; null for the installed one, looked up when a Japanese title needs it. */
    private final @Nullable JapaneseReader japaneseReader;

    public Romanizer(Language lang, char separator) {
        this(lang, "", separator, null);
    }

    /**
     * @param language the locale's own language code ({@code Locale.getLanguage()}), which may
     *     be one {@link Language} has no rules for
     */
    public Romanizer(Language lang, String language, char separator, @Nullable JapaneseReader japaneseReader) {
        this.lang = lang;
        this.separator = separator;
        this.arabic = Arabic.forLanguage(lang.code());
        this.japaneseLocale = language.equals("ja") || lang.code().equals("ja");
        this.chineseLocale = CHINESE_LANGUAGES.contains(language) || lang.code().equals("zh");
        this.japaneseReader = japaneseReader;
    }

    /**
     * The words of the title joined by the separator; empty if nothing in it can be written; null
     * if the title is Japanese and has kanji but there is no {@link JapaneseReader} to read them.
     */
    public @Nullable String romanize(String title) {
        SlugBuilder out = new SlugBuilder(separator, title.length() + 16);
        if (!write(title, out, true, 0)) {
            out.clear();
            write(Normalizer.normalize(title, Normalizer.Form.NFC), out, false, 0);
        }
        return out.unreadKanji() ? null : out.toString();
    }

    /**
     * The rule of the error for a Japanese title with kanji and no reader (when {@link #romanize}
     * returned null).
     */
    public static String kanjiNeedReader() {
        String failure = JapaneseReaders.failure();
        return "must not contain kanji, which need a Japanese dictionary to be read: add byline-japanese beside"
                + " byline-core, or use unicode(true) slugs or a fallback (the title is Japanese: the locale is ja or"
                + " the title has kana)"
                + (failure == null ? "" : "; a reader was found but failed to load: " + failure);
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
        } else if (c >= Brahmic.FIRST && c < Brahmic.END) { // constants: the tables load on the first Indic letter
            return Brahmic.of(c).write(s, i, out);
        } else if (Japanese.covers(c) || c >= 0x3400 && c <= 0x9FFF || c >= 0x3005 && c <= 0x3007
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF66 && c <= 0xFF9F || Character.isHighSurrogate(c)) {
            // kana, kanji and Chinese characters (no later branch covers any of these)
            int next = japaneseOrChinese(s, i, c, out);
            if (next >= 0) {
                return next;
            }
        } else if (Korean.covers(c)) {
            return Korean.RULES.write(s, i, out);
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
        if (isFullwidthAscii(cp)) {
            // what NFKC gives, without loading the normalizer's data on a title's first colon
            write(String.valueOf(toAscii(cp)), out, false, 1);
            return next;
        }
        if (isCjkPunctuation(cp)) {
            out.boundary(); // its own NFKC form, and not a letter
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

    /**
     * Full-width forms of the printable ASCII characters ({@code ：，？（ Ａ １}), common in Chinese
     * and Japanese titles: NFKC maps each to its ASCII character ({@link #toAscii}).
     */
    static boolean isFullwidthAscii(int cp) {
        return cp >= 0xFF01 && cp <= 0xFF5E;
    }

    /** The ASCII character of a full-width form. */
    static char toAscii(int fullwidth) {
        return (char) (fullwidth - 0xFEE0);
    }

    /**
     * The ideographic space and the CJK symbols and punctuation that are not letters
     * ({@code 、。「」【】〜}): NFKC makes the space an ASCII space and leaves the others as they
     * are, so they only separate words. The letters (iteration marks), the ideographic zero (read
     * as a kanji) and the combining marks (tone marks) of the block are not included.
     */
    static boolean isCjkPunctuation(int cp) {
        return cp >= 0x3000 && cp <= 0x3030 && !Character.isLetter(cp) && !Marks.isMark(cp) && !isKanji(cp);
    }

    /**
     * Kana, kanji and Chinese characters (and half-width katakana, and supplementary ideographs):
     * writes the run starting at {@code i} and returns the index after it, or returns -1 if the
     * character is none of these or has no reading here, for the generic rules.
     */
    private int japaneseOrChinese(String s, int i, char c, SlugBuilder out) {
        int cp = s.codePointAt(i);
        boolean kana = Japanese.covers(c);
        boolean kanji = !kana && isKanji(cp);
        if (!kana && !kanji && !isHalfwidthKana(c)) {
            return -1;
        }
        if (!isJapanese(s, out)) {
            if (kana) {
                return Japanese.RULES.write(s, i, out);
            }
            String pinyin = Chinese.covers(c) ? Chinese.pinyin(c) : null;
            if (pinyin == null) {
                return -1;
            }
            out.boundary();
            out.append(pinyin);
            out.boundary();
            return i + 1;
        }
        JapaneseReader reader = japaneseReader != null ? japaneseReader : JapaneseReaders.installed().orElse(null);
        if (reader != null) {
            return readJapanese(s, i, out, reader);
        }
        if (kana) {
            return Japanese.RULES.write(s, i, out);
        }
        if (kanji) {
            out.markUnreadKanji();
            return i + Character.charCount(cp);
        }
        return -1; // half-width katakana without a reader: folded by NFKC, then written as kana
    }

    /** Whether the title being written is Japanese (decided once per title, see the class comment). */
    private boolean isJapanese(String s, SlugBuilder out) {
        byte known = out.japanese();
        if (known != SlugBuilder.UNKNOWN) {
            return known == SlugBuilder.YES;
        }
        boolean japanese = japaneseLocale || !chineseLocale && hasKana(s);
        out.japanese(japanese);
        return japanese;
    }

    private static boolean hasKana(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3041 && (Japanese.covers(c) && c != 0x30FC || isHalfwidthKana(c) && c != 0xFF70)) {
                return true;
            }
        }
        return false;
    }

    /** Ideographs: Han letters, the ideographic iteration mark and closing mark, ideographic zero. */
    static boolean isKanji(int cp) {
        if (cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x3005 && cp <= 0x3007) {
            return true;
        }
        return (cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x20000) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isHalfwidthKana(int c) {
        return c >= 0xFF66 && c <= 0xFF9F;
    }

    private static boolean isJapaneseRunChar(int cp) {
        return Japanese.covers(cp) || isKanji(cp) || isHalfwidthKana(cp);
    }

    private static boolean isRunDigit(char c) {
        return c >= '0' && c <= '9' || c >= 0xFF10 && c <= 0xFF19;
    }

    /**
     * Gives the run of kanji and kana at {@code start} to the reader and writes its words: each
     * word's reading (its surface when it has none) by the Hepburn rules of {@link Japanese},
     * particles {@code は へ を} as {@code wa e o}, attached endings joined to the word before.
     * Digits inside the run, and those right before it (already written), go to the reader too,
     * so that counters are read as counters ({@code 2024年} is {@code 2024-nen}, not {@code toshi});
     * the words of the digits before are not written again.
     */
    private int readJapanese(String s, int start, SlugBuilder out, JapaneseReader reader) {
        int before = 0;
        while (start - before > 0 && isRunDigit(s.charAt(start - before - 1))) {
            before++;
        }
        int end = start;
        boolean halfwidth = false;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            if (!isJapaneseRunChar(cp) && !isRunDigit((char) cp)) {
                break;
            }
            halfwidth |= isHalfwidthKana(cp);
            end += Character.charCount(cp);
        }
        String run = s.substring(start - before, end);
        if (halfwidth) {
            run = Normalizer.normalize(run, Normalizer.Form.NFKC);
        }
        List<JapaneseWord> words = reader.read(run);
        if (words == null) {
            throw new IllegalStateException(reader.getClass().getName() + ".read returned null");
        }
        int skipped = 0;
        StringBuilder kana = new StringBuilder(run.length() * 2);
        for (JapaneseWord w : words) {
            String reading = w.reading().isEmpty() || isDigits(w.surface()) ? w.surface() : w.reading();
            if (skipped < before) {
                int written = before - skipped; // how much of this word's surface was written already
                skipped += w.surface().length();
                if (skipped <= before) {
                    continue; // digits before the run
                }
                String digits = w.surface().substring(0, written); // a word across them and the run
                if (reading.startsWith(digits)) {
                    reading = reading.substring(digits.length());
                }
            }
            switch (w.role()) {
                case ATTACHED:
                    kana.append(reading);
                    break;
                case PARTICLE:
                    writeJapaneseWord(kana, out);
                    String surface = w.surface();
                    kana.append(surface.equals("は") ? "わ" : surface.equals("へ") ? "え" : surface.equals("を") ? "お" : reading);
                    writeJapaneseWord(kana, out);
                    break;
                default:
                    writeJapaneseWord(kana, out);
                    kana.append(reading);
            }
        }
        writeJapaneseWord(kana, out);
        return end;
    }

    /** Whether a word is a number written in digits (kept as digits, whatever its reading: {@code ３ 3}, not {@code san}). */
    private static boolean isDigits(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            if (Character.getType(surface.charAt(i)) != Character.DECIMAL_DIGIT_NUMBER) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes a reading as one word and empties the buffer: kana by {@link Japanese}, ASCII letters
     * and digits as they are, any other digit as its value; anything else (the kanji of a word the
     * reader did not know) is left out.
     */
    private static void writeJapaneseWord(StringBuilder kana, SlugBuilder out) {
        if (kana.length() == 0) {
            return;
        }
        String text = kana.toString();
        kana.setLength(0);
        out.boundary();
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Japanese.covers(c)) {
                i = Japanese.RULES.write(text, i, out);
                continue;
            }
            int cp = text.codePointAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            }
            i += Character.charCount(cp);
        }
        out.boundary();
    }

    private static boolean hasRules(int c) {
        return LatinLetters.covers(c) || Cyrillic.covers(c) || Greek.covers(c) || Arabic.covers(c)
                || Hindi.covers(c) || c >= Brahmic.FIRST && c < Brahmic.END || Japanese.covers(c) || Korean.covers(c) || Thai.isThai(c) || Thai.isLao(c)
                || Tibetan.covers(c) || Khmer.covers(c) || Armenian.covers(c) || Georgian.covers(c)
                || Hebrew.covers(c) || Thaana.covers(c) || Ethiopic.covers(c) || Bopomofo.covers(c)
                || Myanmar.covers(c)
                || Chinese.covers(c) && Chinese.pinyin(c) != null;
    }
}
