package dev.byline.related.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers the languages of the index (language plus likely script, see
 * {@link Terms#languageKey(Locale)}) in the order they are first met, and gives each a bit for
 * the language sets of groups and stretches. Numbers are given while the index is built; a
 * query only looks them up, so the built index may be read by any number of threads.
 */
final class LanguageIds {

    private final Map<String, Integer> ids = new HashMap<>();

    /** The number of a language, numbering it if it is new (while building only). */
    int idOf(Locale locale) {
        return ids.computeIfAbsent(Terms.languageKey(locale), k -> ids.size());
    }

    /** The number of a language, or -1 if no indexed article or translation has it. */
    int find(Locale locale) {
        Integer id = ids.get(Terms.languageKey(locale));
        return id == null ? -1 : id;
    }

    /** The bit of language {@code id} in a set of languages: bit {@code id} below 31, bit 31 for any other. */
    static int bit(int id) {
        return 1 << Math.min(id, 31);
    }
}
