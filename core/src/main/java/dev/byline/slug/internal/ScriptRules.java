package dev.byline.slug.internal;

import java.util.function.IntPredicate;

/**
 * Romanizes a run of one script's characters. Implementations are immutable and thread-safe.
 */
interface ScriptRules {

    /**
     * Writes the run of this script's characters that starts at {@code start} and returns the
     * index just after it. A character of another script, a space or punctuation ends the run.
     * The text is NFC.
     */
    int write(String s, int start, SlugBuilder out);

    /** The index just after the run of characters from {@code start} that {@code covers} accepts. */
    static int runEnd(String s, int start, IntPredicate covers) {
        int end = start;
        while (end < s.length() && covers.test(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * Writes the word collected in {@code word} as a word of its own and empties it; keeps a copy
     * in {@code last} (when {@code word} was not empty), so that a repetition mark can repeat it.
     * Readers that build a word syllable by syllable (Thai, Lao, Khmer) call it at each word end.
     */
    static void emitWord(StringBuilder word, SlugBuilder out, StringBuilder last) {
        if (word.length() == 0) {
            return;
        }
        last.setLength(0);
        last.append(word);
        out.boundary();
        out.append(word);
        out.boundary();
        word.setLength(0);
    }
}
