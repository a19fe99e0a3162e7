package dev.byline.slug.spi;

import java.util.List;

/**
 * Splits Japanese text into words and gives each word's reading: the service the {@code Slugger}
 * uses for Japanese titles, whose kanji cannot be read without a dictionary ({@code 東京} is
 * {@code トウキョウ}, {@code 人々} {@code ヒトビト}).
 *
 * <p>The slugger finds an implementation with {@link java.util.ServiceLoader} (the
 * {@code byline-japanese} add-on provides one) or takes one from
 * {@code Slugger.Builder.japaneseReader}. It romanizes the readings itself, by the same modified
 * Hepburn rules it applies to kana, so an implementation only segments and reads.
 *
 * <p>Implementations must be thread-safe: one instance serves every slugger and every thread.
 * They must be public with a public no-argument constructor to be found on the class path.
 */
public interface JapaneseReader {

    /**
     * Splits a run of Japanese text into words and reads each one.
     *
     * <p>The text is a run the slugger found in a title: kanji (including {@code 々 〆 〇}), kana
     * and the iteration marks, and the digits inside the run or right before it (so that counters
     * read as counters: {@code 2024年}), in NFC, with no spaces, punctuation or Latin letters; at
     * least one and at most {@code Slugger.MAX_TITLE_LENGTH} characters. Words made of digits
     * need no reading.
     *
     * @param text the run of Japanese text; not null, not empty
     * @return the words in text order, their surfaces together making up the text (a reader may
     *     leave out characters that are not words, such as symbols); never null, may be empty
     */
    List<JapaneseWord> read(String text);
}
