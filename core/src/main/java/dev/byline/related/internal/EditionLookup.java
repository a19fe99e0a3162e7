package dev.byline.related.internal;

import dev.byline.Article;
import dev.byline.Translation;
import java.net.URI;
import java.util.Map;

/**
 * Finds, for a query article, the groups of its indexed editions (which are never returned) and
 * the indexed copy of the article itself (whose terms are already known). Read-only.
 */
final class EditionLookup {

    private final DocumentOrder order;
    private final Map<String, Integer> idGroup;
    private final Map<URI, Integer> urlGroup;
    private final Map<String, int[]> slugOwnerGroups;
    private final Map<String, Integer> slugLinkerGroup;

    EditionLookup(DocumentOrder order, Map<String, Integer> idGroup, Map<URI, Integer> urlGroup,
            Map<String, int[]> slugOwnerGroups, Map<String, Integer> slugLinkerGroup) {
        this.order = order;
        this.idGroup = idGroup;
        this.urlGroup = urlGroup;
        this.slugOwnerGroups = slugOwnerGroups;
        this.slugLinkerGroup = slugLinkerGroup;
    }

    /** The document of an indexed article equal to {@code a} (the same object first), or -1. */
    int indexedCopy(Article a) {
        Integer g = idGroup.get(a.id());
        if (g != null) {
            Article[] docs = order.docs;
            int[] members = order.groupMembers[g];
            for (int d : members) {
                if (docs[d] == a) {
                    return d;
                }
            }
            for (int d : members) {
                if (docs[d].equals(a)) {
                    return d;
                }
            }
        }
        return -1;
    }

    /** The groups of the indexed editions of {@code a}, by the same relation as {@link EditionGroups}. */
    IntSet editionsOf(Article a) {
        IntSet groups = new IntSet(8);
        addGroup(groups, idGroup.get(a.id()));
        a.canonicalUrl().ifPresent(u -> addGroup(groups, urlGroup.get(u.normalize())));
        addGroup(groups, slugLinkerGroup.get(EditionGroups.slugKey(a.locale(), a.slug().value())));
        for (Translation t : a.translations()) {
            addGroup(groups, urlGroup.get(t.url().normalize()));
            if (t.slug().isPresent()) {
                String key = EditionGroups.slugKey(t.locale(), t.slug().get().value());
                addGroup(groups, slugLinkerGroup.get(key));
                int[] owners = slugOwnerGroups.get(key);
                if (owners != null) {
                    for (int g : owners) {
                        groups.add(g);
                    }
                }
            }
        }
        return groups;
    }

    private static void addGroup(IntSet groups, Integer group) {
        if (group != null) {
            groups.add(group);
        }
    }
}
