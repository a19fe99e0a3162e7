package dev.byline.slug.spi;

import dev.byline.InvalidValueException;
import java.util.Objects;

/**
 * One word of Japanese text, as a {@link JapaneseReader} read it: {@code 東京} read
 * {@code トウキョウ} is {@code new JapaneseWord("東京", "トウキョウ", Role.WORD)}. Immutable.
 *
 * @param surface the word as written in the text, such as {@code 東京}; not null, not empty
 * @param reading how the word is read, in katakana or hiragana, spelled as the dictionary spells
 *     it rather than as pronounced ({@code トウキョウ}, not {@code トーキョー}); empty if the
 *     reader does not know the word, in which case the slugger writes the kana of the surface and
 *     leaves its kanji out; not null
 * @param role how the slugger joins the word to its neighbours; not null
 */
public record JapaneseWord(String surface, String reading, Role role) {

    /** How a word is written beside the words around it. */
    public enum Role {
        /** A word of its own, between separators ({@code 東京 tokyo}). */
        WORD,
        /**
         * A particle, a word of its own; Hepburn writes the particles {@code は へ を} as they are
         * pronounced, {@code wa e o}.
         */
        PARTICLE,
        /**
         * Joined to the word before it with no separator: auxiliary verbs and inflectional
         * endings after a verb or adjective ({@code 食べ|た tabeta}, {@code 行こ|う iko}).
         * At the start of a run it is a word of its own.
         */
        ATTACHED
    }

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws InvalidValueException with path {@code surface} if the surface is empty
     */
    public JapaneseWord {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(role, "role");
        if (surface.isEmpty()) {
            throw new InvalidValueException("surface", "must not be empty", surface);
        }
    }
}
