package dev.byline.related.internal;

import dev.byline.Article;
import dev.byline.Translation;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which published articles are editions of one another, found while the index is built. Two
 * articles are editions when they share an id or a canonical URL, when a translation of one
 * points at the other's URL or locale and slug, or when both list the same translation;
 * transitively (union-find with path halving, over the articles in the order given). The groups
 * are numbered here by the position of their first member; {@link DocumentOrder} renumbers them,
 * and {@link #lookup(DocumentOrder)} turns the keys into the {@link EditionLookup} queries use.
 */
final class EditionGroups {

    private final int[] parent;
    private final Map<String, Integer> firstById = new HashMap<>();
    private final Map<URI, Integer> firstByUrl = new HashMap<>();
    private final Map<String, List<Integer>> slugOwners = new HashMap<>();
    private final Map<String, Integer> firstSlugLinker = new HashMap<>();
    /** Per article given, its group, numbered by the position of the group's first member. */
    private final int[] groupOf;
    private final int count;

    /** Groups the published articles, in the order given. */
    EditionGroups(Article[] input) {
        int n = input.length;
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Article a = input[i];
            int at = i;
            union(i, firstById.computeIfAbsent(a.id(), k -> at));
            if (a.canonicalUrl().isPresent()) {
                union(i, firstByUrl.computeIfAbsent(a.canonicalUrl().get().normalize(), k -> at));
            }
            for (Translation t : a.translations()) {
                union(i, firstByUrl.computeIfAbsent(t.url().normalize(), k -> at));
                if (t.slug().isPresent()) {
                    String key = slugKey(t.locale(), t.slug().get().value());
                    union(i, firstSlugLinker.computeIfAbsent(key, k -> at));
                }
            }
            slugOwners.computeIfAbsent(slugKey(a.locale(), a.slug().value()), k -> new ArrayList<>(1)).add(i);
        }
        for (Map.Entry<String, Integer> e : firstSlugLinker.entrySet()) {
            List<Integer> owners = slugOwners.get(e.getKey());
            if (owners != null) {
                for (int owner : owners) {
                    union(e.getValue(), owner);
                }
            }
        }
        groupOf = new int[n];
        int[] groupOfRoot = new int[n];
        Arrays.fill(groupOfRoot, -1);
        int groups = 0;
        for (int i = 0; i < n; i++) {
            int root = find(i);
            if (groupOfRoot[root] < 0) {
                groupOfRoot[root] = groups++;
            }
            groupOf[i] = groupOfRoot[root];
        }
        count = groups;
    }

    /** The group of the {@code i}-th article given, numbered by the position of its first member. */
    int groupOf(int i) {
        return groupOf[i];
    }

    /** The number of groups. */
    int count() {
        return count;
    }

    /** The lookup of a query's editions, by the groups' numbers in the document order. */
    EditionLookup lookup(DocumentOrder order) {
        Map<String, Integer> idGroup = new HashMap<>(firstById.size() * 2);
        firstById.forEach((k, i) -> idGroup.put(k, order.groupOfInput(i)));
        Map<URI, Integer> urlGroup = new HashMap<>(firstByUrl.size() * 2);
        firstByUrl.forEach((k, i) -> urlGroup.put(k, order.groupOfInput(i)));
        Map<String, Integer> slugLinkerGroup = new HashMap<>(firstSlugLinker.size() * 2);
        firstSlugLinker.forEach((k, i) -> slugLinkerGroup.put(k, order.groupOfInput(i)));
        Map<String, int[]> slugOwnerGroups = new HashMap<>(slugOwners.size() * 2);
        slugOwners.forEach((k, is) -> slugOwnerGroups.put(k,
                is.stream().mapToInt(order::groupOfInput).distinct().toArray()));
        return new EditionLookup(order, idGroup, urlGroup, slugOwnerGroups, slugLinkerGroup);
    }

    /** The key of an article's or a translation's locale and slug. */
    static String slugKey(Locale locale, String slug) {
        return locale.toLanguageTag() + ' ' + slug;
    }

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            // the smaller root wins, so the result does not depend on the order of unions
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
    }
}
