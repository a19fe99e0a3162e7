package dev.byline.web;

import dev.byline.Article;
import dev.byline.InvalidValueException;
import dev.byline.Slug;
import java.net.URI;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The permanent redirects of an archive: every old path of every article (its
 * {@link Article#previousSlugs() previous slugs}, placed in the site's URL pattern) mapped to the
 * article's current URL. A title changes, the slug changes, and links to the old URL keep working
 * when the site answers these paths with {@code 301 Moved Permanently} (or {@code 308}).
 *
 * <pre>{@code
 * Map<String, URI> redirects = Redirects.permanent(archive, URI.create("https://caspian.example"),
 *         (article, slug) -> "/" + article.locale().toLanguageTag() + "/" + slug.value() + "/");
 * // "/en/border-markets/" -> https://caspian.example/en/border-markets-before-winter/
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Redirects {

    private Redirects() {}

    /**
     * Builds the redirect map of an archive.
     *
     * <p>Each article's current URL is its canonical URL, or else the site URL resolved against
     * the path of its current slug. The map is sorted by path and unmodifiable. It fails, naming
     * both articles, when two articles claim the same old path, or when an old path of one is the
     * current path of another (a redirect there would hide a live page).
     *
     * @param archive the articles, each edition an article of its own; not null, no null entries
     * @param site the site's absolute URL, for articles without a canonical URL; not null
     * @param path the site's path of an article under a slug, starting with {@code /}; not null
     * @return old path to current URL; never null
     * @throws InvalidValueException if a path does not start with {@code /} (path {@code path}),
     *     or two articles claim the same path (path {@code previousSlugs}); the message names the
     *     articles by id and the path
     */
    public static Map<String, URI> permanent(Iterable<Article> archive, URI site,
            BiFunction<? super Article, ? super Slug, String> path) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(path, "path");
        Map<String, Article> current = new HashMap<>();
        Map<Article, String> currentPath = new IdentityHashMap<>();
        for (Article a : archive) {
            Objects.requireNonNull(a, "archive entry");
            String p = pathOf(path, a, a.slug());
            currentPath.put(a, p);
            Article other = current.putIfAbsent(p, a);
            if (other != null && other != a) {
                throw new InvalidValueException("slug", "the path " + p + " is the current path of both article "
                        + other.id() + " and article " + a.id(), p);
            }
        }
        Map<String, URI> redirects = new TreeMap<>();
        Map<String, Article> claimedBy = new HashMap<>();
        for (Article a : archive) {
            URI target = a.canonicalUrl().orElseGet(() -> site.resolve(currentPath.get(a)));
            for (Slug old : a.previousSlugs()) {
                String p = pathOf(path, a, old);
                Article live = current.get(p);
                if (live != null) {
                    throw new InvalidValueException("previousSlugs", "the old path " + p + " of article " + a.id()
                            + " is the current path of article " + live.id(), p);
                }
                Article other = claimedBy.putIfAbsent(p, a);
                if (other != null && other != a) {
                    throw new InvalidValueException("previousSlugs", "the old path " + p + " is claimed by both article "
                            + other.id() + " and article " + a.id(), p);
                }
                redirects.put(p, target);
            }
        }
        return Collections.unmodifiableMap(redirects);
    }

    private static String pathOf(BiFunction<? super Article, ? super Slug, String> path, Article a, Slug slug) {
        String p = path.apply(a, slug);
        if (p == null || !p.startsWith("/")) {
            throw new InvalidValueException("path", "must give a path starting with / (article " + a.id() + ", slug "
                    + slug.value() + ")", p);
        }
        return p;
    }
}
