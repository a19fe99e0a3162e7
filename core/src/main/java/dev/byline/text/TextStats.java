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
 * <p><b>Reading time</b> adds up, word by word, the time a reader of the word's script needs
 * when reading silently, as people read articles. The rates:
 * <ul>
 *   <li><b>English</b>: 238 words per minute, the mean silent reading rate of adults for English
 *       non-fiction in M. Brysbaert, "How many words do we read per minute? A review and
 *       meta-analysis of reading rate", <i>Journal of Memory and Language</i> 109 (2019),
 *       104047 (190 studies, 18,573 readers).</li>
 *   <li><b>Other languages</b>: the paper relates rate to word length (longer words, fewer
 *       words per minute) and states that reading rates in other languages "can be predicted
 *       reasonably well by taking into account the number of words these languages require to
 *       convey the same message as in English". What byline does with that, precisely: the
 *       International Reading Speed Texts (IReST) are ten texts with the same
 *       content, length and difficulty in 17 languages, and their study measured each language's
 *       rate on them (S. Trauzettel-Klosinski and K. Dietz, "Standardized Assessment of Reading
 *       Performance: The New International Reading Speed Texts IReST", <i>Investigative
 *       Ophthalmology &amp; Visual Science</i> 53(9), 2012, pp. 5452–5461). Since every language
 *       read the same message, a language's IReST rate relative to English's (228 words per
 *       minute) is the ratio Brysbaert proposes to scale by (texts per minute were nearly equal
 *       across languages: 1.42 ± 0.13). So each rate is its IReST rate × 238 / 228. IReST timed
 *       reading aloud; only the ratios are taken from it. These scaled values are byline's
 *       application of the paper's proposal, not numbers printed in it.</li>
 *   <li><b>Chinese and Japanese</b>, timed by characters (their word segmentation is less stable
 *       than their character counts): the same scaling of their IReST character rates, 255 and
 *       357 characters per minute, to 266 and 373. Han characters in Japanese text, and kana in
 *       any text, count at the Japanese rate. These two are estimates: no published norm of
 *       adults' silent reading in characters per minute could be checked. The one silent figure
 *       found for Japanese, about 600 characters per minute, is four readers' starting speed in a
 *       speed-reading study (Yokoi, Tomita and Saida, <i>Kansei Engineering International
 *       Journal</i> 11(3), 2012), so 373 likely errs on the long side.</li>
 * </ul>
 * <table>
 *   <caption>Silent reading rates used (IReST rate × 238 / 228, rounded here)</caption>
 *   <tr><th>text</th><th>rate</th></tr>
 *   <tr><td>a language of the IReST study, in its own script</td><td>words per minute: en 238,
 *       es 228, nl 211, sv 208, fr 204, it 196, he 195, ru 192, pt 189, sl 188, de 187,
 *       pl 173, tr 173, fi 168, ar 144</td></tr>
 *   <tr><td>other Latin-script words</td><td>197 wpm (from the mean of the 12 Latin-script
 *       languages, 188.6)</td></tr>
 *   <tr><td>other Cyrillic, Arabic-script, Hebrew-script words</td><td>192, 144, 195 wpm
 *       (Russian, Arabic, Hebrew)</td></tr>
 *   <tr><td>Han characters (Chinese)</td><td>266 characters per minute</td></tr>
 *   <tr><td>Japanese (kana, and Han in Japanese text)</td><td>373 characters per
 *       minute</td></tr>
 *   <tr><td>any other script, and numbers</td><td>192 wpm (from the mean of all 17
 *       languages, 184)</td></tr>
 * </table>
 * Reading times are rounded to whole seconds.
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
