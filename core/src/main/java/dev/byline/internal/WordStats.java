package dev.byline.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Word counts and reading times of plain text: the engine behind {@code dev.byline.text.TextStats}
 * and the article's derived views ({@code Article.wordCount()}, {@code Article.readingTime()}),
 * which is why it lives here, below every public package but {@code dev.byline}. The rules and
 * the reading speeds, with their sources, are described on {@code TextStats}: silent reading
 * rates, Brysbaert (2019)'s 238 words per minute for English, and every other language and
 * script scaled from its IReST rate by the same factor (238 / 228). The callers check the length of the
 * text. Not API.
 */
public final class WordStats {

    /**
     * Brysbaert (2019)'s silent reading rate of English non-fiction, words per minute, the anchor
     * every rate below is scaled to.
     */
    static final double ENGLISH_SILENT_WPM = 238;
    /** The IReST rate of English (read aloud), words per minute: the other end of the scale. */
    static final double IREST_ENGLISH = 228;

    /** IReST rates, read aloud, of the languages in the study (words per minute). */
    private static final Map<String, Integer> IREST_WPM = Map.ofEntries(
            Map.entry("en", 228), Map.entry("es", 218), Map.entry("nl", 202), Map.entry("sv", 199),
            Map.entry("fr", 195), Map.entry("it", 188), Map.entry("he", 187), Map.entry("ru", 184),
            Map.entry("pt", 181), Map.entry("sl", 180), Map.entry("de", 179), Map.entry("pl", 166),
            Map.entry("tr", 166), Map.entry("fi", 161), Map.entry("ar", 138));
    /** IReST means: the 12 Latin-script languages (2263 / 12), and all 17 languages. */
    private static final double IREST_LATIN = 2263 / 12.0;
    private static final double IREST_ALL = 184;
    /** IReST rates of Chinese and Japanese, characters per minute. */
    private static final double IREST_CHINESE_CPM = 255;
    private static final double IREST_JAPANESE_CPM = 357;

    private static final Map<String, Double> LANGUAGE_WPM = silent(IREST_WPM);
    static final double LATIN_WPM = silent(IREST_LATIN);
    static final double CYRILLIC_WPM = silent(IREST_WPM.get("ru"));
    static final double ARABIC_WPM = silent(IREST_WPM.get("ar"));
    static final double HEBREW_WPM = silent(IREST_WPM.get("he"));
    static final double OTHER_WPM = silent(IREST_ALL);
    static final double CHINESE_CPM = silent(IREST_CHINESE_CPM);
    static final double JAPANESE_CPM = silent(IREST_JAPANESE_CPM);

    /** A silent reading rate from an IReST rate: scaled so that English is Brysbaert's 238. */
    static double silent(double irest) {
        return irest * ENGLISH_SILENT_WPM / IREST_ENGLISH;
    }

    private static Map<String, Double> silent(Map<String, Integer> irest) {
        Map<String, Double> m = new java.util.HashMap<>();
        irest.forEach((language, rate) -> m.put(language, silent(rate)));
        return Map.copyOf(m);
    }

    private static final BoundedCache<ULocale, BreakIterator> WORDS =
            new BoundedCache<>(256, BreakIterator::getWordInstance);

    private WordStats() {}

    /** The number of words of plain text, by ICU's word rules for the locale. */
    public static int wordCount(String text, Locale locale) {
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

    /** The time a reader needs for plain text, rounded to whole seconds. */
    public static Duration readingTime(String text, Locale locale) {
        ULocale u = LocaleData.canonical(Objects.requireNonNull(locale, "locale"));
        String language = u.getLanguage();
        boolean japanese = language.equals("ja");
        Double languageWpm = LANGUAGE_WPM.get(language);
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
                minutes += letters(text, start, end) / JAPANESE_CPM;
            } else if (script == UScript.HAN) {
                minutes += letters(text, start, end) / CHINESE_CPM;
            } else if (languageWpm != null && script == languageScript) {
                minutes += 1.0 / languageWpm;
            } else {
                minutes += 1.0 / scriptWpm(script);
            }
        }
        return Duration.ofSeconds(Math.round(minutes * 60));
    }

    /** A word break iterator for the locale, a clone of a shared one, for this caller alone. */
    public static BreakIterator words(Locale locale) {
        ULocale u = LocaleData.dataLocale(LocaleData.canonical(Objects.requireNonNull(locale, "locale")));
        return WORDS.get(u).clone();
    }

    private static int likelyScript(ULocale u) {
        String script = u.getScript().isEmpty() ? ULocale.addLikelySubtags(u).getScript() : u.getScript();
        return script.isEmpty() ? UScript.INVALID_CODE : UScript.getCodeFromName(script);
    }

    private static double scriptWpm(int script) {
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
