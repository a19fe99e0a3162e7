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
 * the reading speeds are described on {@code TextStats}. The callers check the length of the
 * text. Not API.
 */
public final class WordStats {

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

    /** A word break iterator for the locale, a clone of a shared one, for this caller alone. */
    public static BreakIterator words(Locale locale) {
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
