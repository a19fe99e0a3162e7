package dev.byline.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.byline.Body;
import dev.byline.InvalidValueException;
import dev.byline.internal.BoundedCache;
import dev.byline.internal.LocaleData;
import java.util.Locale;
import java.util.Objects;

/**
 * Excerpts of plain text for teasers and descriptions: at most a given length, cut at the end
 * of a sentence when that keeps at least half of the allowed length, otherwise at the end of
 * a word, never inside a word or a user-perceived character, and marked with the language's
 * ellipsis pattern from CLDR.
 *
 * <p>CLDR has two patterns: "word-final" for a cut between words that are separated by a
 * space (in English {@code "{0} …"}, with a space before the ellipsis) and "final" for a cut
 * with no space, as between two Chinese or Thai words or inside an over-long word
 * ({@code "{0}…"}). Which one applies follows from the text at the cut. White space is
 * collapsed first, so the excerpt is one line.
 *
 * <pre>{@code
 * Excerpts.excerpt(PlainText.of(body), Locale.ENGLISH, 160);
 * }</pre>
 *
 * <p>Static methods only. Immutable and thread-safe: each call clones shared ICU break
 * iterators.
 */
public final class Excerpts {

    /** Smallest allowed maximum length. */
    public static final int MIN_LENGTH = 8;

    private static final BoundedCache<ULocale, BreakIterator> SENTENCES =
            new BoundedCache<>(256, BreakIterator::getSentenceInstance);
    private static final BoundedCache<ULocale, BreakIterator> CHARACTERS =
            new BoundedCache<>(256, BreakIterator::getCharacterInstance);

    private Excerpts() {}

    /**
     * Returns an excerpt of a body in any format (see {@link PlainText#of(Body)}).
     *
     * @param body the body; not null
     * @param locale the language of the body; not null
     * @param maxLength the most UTF-16 code units of the result, ellipsis included; at least
     *     {@value #MIN_LENGTH}
     * @return the excerpt; never null, empty for an empty body
     * @throws InvalidValueException if {@code maxLength} is below {@value #MIN_LENGTH}
     *     (path {@code maxLength})
     */
    public static String excerpt(Body body, Locale locale, int maxLength) {
        return excerpt(PlainText.of(body), locale, maxLength);
    }

    /**
     * Returns an excerpt of plain text: the text itself when it fits, otherwise its beginning
     * cut at a sentence or word boundary with the language's ellipsis.
     *
     * @param text plain text; not null, at most {@link dev.byline.Limits#MAX_BODY_LENGTH} characters
     * @param locale the language of the text; not null
     * @param maxLength the most UTF-16 code units of the result, ellipsis included; at least
     *     {@value #MIN_LENGTH}
     * @return the excerpt, with its white space collapsed to single spaces; never null
     * @throws InvalidValueException if {@code maxLength} is below {@value #MIN_LENGTH}
     *     (path {@code maxLength})
     */
    public static String excerpt(String text, Locale locale, int maxLength) {
        dev.byline.internal.Inputs.text("text", text);
        Objects.requireNonNull(locale, "locale");
        if (maxLength < MIN_LENGTH) {
            throw new InvalidValueException("maxLength", "must be at least " + MIN_LENGTH, maxLength);
        }
        String s = new dev.byline.internal.PlainTextBuilder().text(text).toString();
        if (s.length() <= maxLength) {
            return s;
        }
        ULocale u = LocaleData.dataLocale(LocaleData.canonical(locale));
        String[] patterns = LocaleData.ellipsis(u);
        String wordFinal = patterns[1];
        String fin = patterns[0];
        int budget = maxLength - (Math.max(wordFinal.length(), fin.length()) - 3);
        // The break iterators see only the start of the text plus some look-ahead: boundaries
        // past the budget do not matter, and an iterator given the whole of a long text without
        // sentence ends would scan to its end again and again.
        String head = head(s, budget + LOOK_AHEAD);

        BreakIterator sentences = SENTENCES.get(u).clone();
        sentences.setText(head);
        int cut = sentences.preceding(Math.min(budget + 1, s.length()));
        if (cut != BreakIterator.DONE && trimEnd(s, cut) >= budget / 2) {
            return cutAt(s, trimEnd(s, cut), wordFinal, fin);
        }
        BreakIterator words = TextStats.words(locale);
        words.setText(head);
        int best = -1;
        for (int e = words.next(); e != BreakIterator.DONE && e <= budget; e = words.next()) {
            if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                best = e;
            }
        }
        if (best > 0) {
            return cutAt(s, best, wordFinal, fin);
        }
        // one word longer than the budget: cut between user-perceived characters
        BreakIterator characters = CHARACTERS.get(u).clone();
        characters.setText(head);
        int end = characters.preceding(Math.min(budget + 1, s.length()));
        return fin.replace("{0}", s.substring(0, Math.max(end, 0)));
    }

    /** Characters past the budget that the break iterators see, as context for their rules. */
    private static final int LOOK_AHEAD = 256;

    private static String head(String s, int length) {
        if (s.length() <= length) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(length - 1)) ? length + 1 : length;
        return s.substring(0, end);
    }

    private static String cutAt(String s, int end, String wordFinal, String fin) {
        boolean spaced = end < s.length() && Character.isWhitespace(s.charAt(end));
        return (spaced ? wordFinal : fin).replace("{0}", s.substring(0, end));
    }

    private static int trimEnd(String s, int end) {
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

}
