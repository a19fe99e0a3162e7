package dev.byline.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.byline.Body;
import dev.byline.internal.BoundedCache;
import dev.byline.internal.LocaleData;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Word counts and reading times of plain text or article bodies.
 *
 * <p><b>Words</b> are counted with ICU's word break rules for the locale: a word is a segment
 * ICU tags as letters, a number, kana or ideographs, so punctuation and spaces never count,
 * {@code doesn't} and {@code 1,000} are one word each, and languages written without spaces
 * (Thai, Lao, Khmer, Burmese, Chinese, Japanese) are segmented with ICU's dictionaries.
 * Hyphenated compounds count as their parts ({@code Russia-Taliban} is two words).
 *
 * <p><b>Reading time</b> adds up, word by word, the time a reader of the word's script
 * needs. Speeds are the mean reading rates measured with the International Reading Speed Texts (IReST) in 17 languages, reported by S.
 * Trauzettel-Klosinski and K. Dietz, "Standardized Assessment of Reading Performance: The New
 * International Reading Speed Texts IReST", <i>Investigative Ophthalmology &amp; Visual
 * Science</i> 53(9), 2012, pp. 5452–5461:
 * <table>
 *   <caption>Reading speeds used</caption>
 *   <tr><th>text</th><th>speed</th></tr>
 *   <tr><td>a language measured by IReST, in its own script</td><td>that language's rate,
 *       words per minute: en 228, es 218, nl 202, sv 199, fr 195, it 188,
 *       he 187, ru 184, pt 181, sl 180, de 179, pl 166, tr 166, fi 161, ar 138</td></tr>
 *   <tr><td>other Latin-script words</td><td>189 wpm (mean of the 12 Latin-script
 *       languages)</td></tr>
 *   <tr><td>other Cyrillic, Arabic-script, Hebrew-script words</td><td>184, 138, 187 wpm
 *       (Russian, Arabic, Hebrew)</td></tr>
 *   <tr><td>Han characters (Chinese)</td><td>255 characters per minute</td></tr>
 *   <tr><td>Japanese (kana, and Han in Japanese text)</td><td>357 characters per
 *       minute</td></tr>
 *   <tr><td>any other script</td><td>184 wpm (mean of all 17 languages' rates)</td></tr>
 * </table>
 * Chinese and Japanese are timed by characters because their word segmentation is less
 * stable than their character counts. The study measured reading aloud of simple texts by
 * adults with normal vision; silent reading of familiar material is faster, so the times are
 * on the generous side. Reading times are rounded to whole seconds.
 *
 * <p>Static methods only. Immutable and thread-safe: each call clones a shared, never-used
 * ICU {@code BreakIterator}.
 */
public final class TextStats {

    private static final Map<String, Integer> LANGUAGE_WPM = Map.ofEntries(
            Map.entry("en", 228), Map.entry("es", 218), Map.entry("nl", 202), Map.entry("sv", 199),
            Map.entry("fr", 195), Map.entry("it", 188), Map.entry("he", 187), Map.entry("ru", 184),
            Map.entry("pt", 181), Map.entry("sl", 180), Map.entry("de", 179), Map.entry("pl", 166),
            Map.entry("tr", 166), Map.entry("fi", 161), Map.entry("ar", 138));
    private static final int LATIN_WPM = 189;
    private static final int CYRILLIC_WPM = 184;
    private static final int ARABIC_WPM = 138;
    private static final int HEBREW_WPM = 187;
    private static final int OTHER_WPM = 184;
    private static final int CHINESE_CPM = 255;
    private static final int JAPANESE_CPM = 357;

    private static final BoundedCache<ULocale, BreakIterator> WORDS =
            new BoundedCache<>(256, BreakIterator::getWordInstance);

    private TextStats() {}

    /**
     * Counts the words of plain text.
     *
     * @param text plain text; not null, at most {@link dev.byline.Limits#MAX_BODY_LENGTH} characters
     * @param locale the language of the text, which selects ICU's word rules; not null
     * @return the number of words, zero for empty text
     * @throws dev.byline.InvalidArticleException if {@code text} is longer than that (path
     *     {@code text})
     */
    public static int wordCount(String text, Locale locale) {
        dev.byline.internal.Inputs.text("text", text);
        BreakIterator words = words(locale);
        words.setText(text);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                count++;
            }
        }
        return count;
    }

    /**
     * Counts the words of a body in any format (see {@link PlainText#of(Body)}).
     *
     * @param body the body; not null
     * @param locale the language of the body; not null
     * @return the number of words
     */
    public static int wordCount(Body body, Locale locale) {
        return wordCount(PlainText.of(body), locale);
    }

    /**
     * Estimates how long a reader needs for plain text, from the speeds in the class
     * description.
     *
     * @param text plain text; not null, at most {@link dev.byline.Limits#MAX_BODY_LENGTH} characters
     * @param locale the language of the text; not null
     * @return the reading time, rounded to whole seconds; zero for text without words
     * @throws dev.byline.InvalidArticleException if {@code text} is longer than that (path
     *     {@code text})
     */
    public static Duration readingTime(String text, Locale locale) {
        dev.byline.internal.Inputs.text("text", text);
        ULocale u = LocaleData.canonical(Objects.requireNonNull(locale, "locale"));
        String language = u.getLanguage();
        boolean japanese = language.equals("ja");
        Integer languageWpm = LANGUAGE_WPM.get(language);
        int languageScript = languageWpm == null ? UScript.INVALID_CODE : likelyScript(u);
        BreakIterator words = words(locale);
        words.setText(text);
        double minutes = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() < BreakIterator.WORD_NONE_LIMIT) {
                continue;
            }
            int script = script(text, start, end);
            if (script == UScript.HIRAGANA || script == UScript.KATAKANA || (script == UScript.HAN && japanese)) {
                minutes += letters(text, start, end) / (double) JAPANESE_CPM;
            } else if (script == UScript.HAN) {
                minutes += letters(text, start, end) / (double) CHINESE_CPM;
            } else if (languageWpm != null && script == languageScript) {
                minutes += 1.0 / languageWpm;
            } else {
                minutes += 1.0 / scriptWpm(script);
            }
        }
        return Duration.ofSeconds(Math.round(minutes * 60));
    }

    /**
     * Estimates how long a reader needs for a body in any format.
     *
     * @param body the body; not null
     * @param locale the language of the body; not null
     * @return the reading time, rounded to whole seconds
     */
    public static Duration readingTime(Body body, Locale locale) {
        return readingTime(PlainText.of(body), locale);
    }

    static BreakIterator words(Locale locale) {
        ULocale u = LocaleData.dataLocale(LocaleData.canonical(Objects.requireNonNull(locale, "locale")));
        return WORDS.get(u).clone();
    }

    private static int likelyScript(ULocale u) {
        String script = u.getScript().isEmpty() ? ULocale.addLikelySubtags(u).getScript() : u.getScript();
        return script.isEmpty() ? UScript.INVALID_CODE : UScript.getCodeFromName(script);
    }

    private static int scriptWpm(int script) {
        switch (script) {
            case UScript.LATIN: return LATIN_WPM;
            case UScript.CYRILLIC: return CYRILLIC_WPM;
            case UScript.ARABIC: return ARABIC_WPM;
            case UScript.HEBREW: return HEBREW_WPM;
            default: return OTHER_WPM;
        }
    }

    /** The script of the first letter of a segment that is not Common or Inherited. */
    private static int script(String text, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            int s = UScript.getScript(cp);
            if (s != UScript.COMMON && s != UScript.INHERITED) {
                return s;
            }
            i += Character.charCount(cp);
        }
        return UScript.COMMON;
    }

    private static int letters(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            if (UCharacter.isLetter(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }
}
