package dev.byline.text;

import com.ibm.icu.text.BreakIterator;
import dev.byline.Body;
import dev.byline.internal.Inputs;
import dev.byline.internal.WordStats;
import java.time.Duration;
import java.util.Locale;

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

    private TextStats() {}

    /**
     * Counts the words of plain text.
     *
     * @param text plain text; not null, at most {@link dev.byline.Limits#MAX_BODY_LENGTH} characters
     * @param locale the language of the text, which selects ICU's word rules; not null
     * @return the number of words, zero for empty text
     * @throws dev.byline.InvalidValueException if {@code text} is longer than that (path
     *     {@code text})
     */
    public static int wordCount(String text, Locale locale) {
        return WordStats.wordCount(Inputs.text("text", text), locale);
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
     * @throws dev.byline.InvalidValueException if {@code text} is longer than that (path
     *     {@code text})
     */
    public static Duration readingTime(String text, Locale locale) {
        return WordStats.readingTime(Inputs.text("text", text), locale);
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
        return WordStats.words(locale);
    }
}
