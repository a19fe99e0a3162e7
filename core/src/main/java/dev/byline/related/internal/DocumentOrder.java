package dev.byline.related.internal;

import dev.byline.Article;
import dev.byline.Translation;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The indexed articles ("documents") numbered group by group, and what the ranking reads per
 * document and per group. Groups are ordered by their languages, then from the most recently
 * published to the least, then by the position of their first member; so a group's members are
 * adjacent, and a {@linkplain Stretches stretch} of documents mostly has one set of languages
 * and a narrow span of dates, which the search's bounds use. Also the ranking order of
 * documents ({@link #rank}). Read-only once built; the arrays are shared, never modified.
 */
final class DocumentOrder {

    /** The published articles, numbered group by group. */
    final Article[] docs;
    /** Per document, its position among the published articles as given (the last tie-break). */
    final int[] position;
    /** Per document, its group. */
    final int[] docGroup;
    /** Per group, its documents, ascending. */
    final int[][] groupMembers;
    /** Per group, the languages of its members and of their translations. */
    final int[][] groupLangs;
    /** Per document, its publication in epoch seconds. */
    final long[] docSecond;
    /** Per document, its language ({@link LanguageIds}). */
    final int[] docLang;
    /** Per document, the latest publication among its group's members, in epoch seconds. */
    final long[] docGroupLatest;
    /**
     * Per document, the languages of its group's members as bits ({@link LanguageIds#bit}). Kept
     * per document, next to {@link #docGroupLatest}, so the search reads them in posting order.
     */
    final int[] docGroupLangs;
    /** Per 64 documents (one word of a query's bitmap), the latest of their {@link #docGroupLatest}. */
    final long[] wordLatest;
    /** Per article as given, its document. */
    private final int[] docOfInput;

    /**
     * Numbers the published articles.
     *
     * @param input the published articles in the order given
     * @param editions their edition groups
     * @param languages numbers the languages met, here in the order given and then those of
     *     translations in document order
     */
    DocumentOrder(Article[] input, EditionGroups editions, LanguageIds languages) {
        int n = input.length;
        int groups = editions.count();
        long[] rawLatest = new long[groups];
        int[] rawSize = new int[groups];
        int[] rawLangs = new int[groups];
        Arrays.fill(rawLatest, Long.MIN_VALUE);
        for (int i = 0; i < n; i++) {
            // a published article always has a publication date
            int raw = editions.groupOf(i);
            rawLatest[raw] = Math.max(rawLatest[raw], input[i].published().orElseThrow().toEpochSecond());
            rawSize[raw]++;
            rawLangs[raw] |= LanguageIds.bit(languages.idOf(input[i].locale()));
        }
        Integer[] byRecency = new Integer[groups];
        for (int g = 0; g < groups; g++) {
            byRecency[g] = g;
        }
        // raw group numbers follow the input position of the first member
        Arrays.sort(byRecency, (x, y) -> {
            int c = Integer.compareUnsigned(rawLangs[x], rawLangs[y]);
            if (c == 0) {
                c = Long.compare(rawLatest[y], rawLatest[x]);
            }
            return c != 0 ? c : Integer.compare(x, y);
        });
        int[] groupOfRaw = new int[groups];
        int[] firstDocOf = new int[groups + 1];
        for (int g = 0; g < groups; g++) {
            groupOfRaw[byRecency[g]] = g;
            firstDocOf[g + 1] = firstDocOf[g] + rawSize[byRecency[g]];
        }
        int[] next = Arrays.copyOf(firstDocOf, groups);
        docOfInput = new int[n];
        docs = new Article[n];
        position = new int[n];
        docGroup = new int[n];
        for (int i = 0; i < n; i++) {
            int g = groupOfRaw[editions.groupOf(i)];
            int d = next[g]++;
            docOfInput[i] = d;
            docs[d] = input[i];
            position[d] = i;
            docGroup[d] = g;
        }
        groupMembers = new int[groups][];
        for (int g = 0; g < groups; g++) {
            int[] members = new int[firstDocOf[g + 1] - firstDocOf[g]];
            for (int m = 0; m < members.length; m++) {
                members[m] = firstDocOf[g] + m;
            }
            groupMembers[g] = members;
        }

        docSecond = new long[n];
        docLang = new int[n];
        for (int d = 0; d < n; d++) {
            docSecond[d] = docs[d].published().orElseThrow().toEpochSecond();
            docLang[d] = languages.idOf(docs[d].locale());
        }
        docGroupLatest = new long[n];
        docGroupLangs = new int[n];
        for (int d = 0; d < n; d++) {
            int raw = byRecency[docGroup[d]];
            docGroupLatest[d] = rawLatest[raw];
            docGroupLangs[d] = rawLangs[raw];
        }
        wordLatest = new long[(n + 63) >>> 6];
        Arrays.fill(wordLatest, Long.MIN_VALUE);
        for (int d = 0; d < n; d++) {
            wordLatest[d >>> 6] = Math.max(wordLatest[d >>> 6], docGroupLatest[d]);
        }
        groupLangs = new int[groups][];
        for (int g = 0; g < groups; g++) {
            Set<Integer> langs = new LinkedHashSet<>();
            for (int d : groupMembers[g]) {
                langs.add(docLang[d]);
                for (Translation t : docs[d].translations()) {
                    langs.add(languages.idOf(t.locale()));
                }
            }
            groupLangs[g] = langs.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The number of documents. */
    int size() {
        return docs.length;
    }

    /** The number of groups. */
    int groups() {
        return groupMembers.length;
    }

    /** The group, in this order's numbering, of the {@code i}-th article given. */
    int groupOfInput(int i) {
        return docGroup[docOfInput[i]];
    }

    /**
     * The ranking order: higher score first; then the later publication; then id, language tag
     * and canonical URL in ascending {@link String#compareTo} order; then position in the
     * collection the index was built from.
     *
     * @return negative if document {@code a} ranks before {@code b}
     */
    int rank(int a, double scoreA, int b, double scoreB) {
        int c = Double.compare(scoreB, scoreA);
        if (c != 0 || a == b) {
            return c;
        }
        Article x = docs[a];
        Article y = docs[b];
        c = Long.compare(docSecond[b], docSecond[a]);
        if (c != 0) {
            return c;
        }
        c = y.published().orElseThrow().toInstant().compareTo(x.published().orElseThrow().toInstant());
        if (c != 0) {
            return c;
        }
        c = x.id().compareTo(y.id());
        if (c != 0) {
            return c;
        }
        c = x.locale().toLanguageTag().compareTo(y.locale().toLanguageTag());
        if (c != 0) {
            return c;
        }
        c = x.canonicalUrl().map(URI::toString).orElse("").compareTo(y.canonicalUrl().map(URI::toString).orElse(""));
        return c != 0 ? c : Integer.compare(position[a], position[b]);
    }
}
