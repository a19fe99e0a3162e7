package dev.byline.slug.internal;

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
}
