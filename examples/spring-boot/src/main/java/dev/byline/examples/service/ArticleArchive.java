package dev.byline.examples.service;

import dev.byline.Article;
import dev.byline.web.Redirects;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import dev.byline.related.RelatedPosts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The articles the service knows, kept in memory and keyed by {@link Article#id()}. It starts
 * with the articles of {@link SampleArticles}; a real service would keep them in a database.
 *
 * <p>It also keeps the {@link RelatedPosts} index over its articles for the pages' "Similar
 * posts", built again when an article is added (cheap for an archive this size; a real site
 * would rebuild it in the background).
 *
 * <p>Thread-safe: requests read and add articles concurrently.
 */
@Component
public class ArticleArchive {

    private final Map<String, Article> articles = new ConcurrentHashMap<>();
    private volatile RelatedPosts related;
    private volatile Map<String, URI> redirects;

    /** Creates the archive with the sample articles. */
    public ArticleArchive() {
        SampleArticles.all().forEach(article -> articles.put(article.id(), article));
        related = RelatedPosts.index(articles.values());
        redirects = redirects(articles.values());
    }

    /** The archive's old paths and where they moved, as {@link Site#path} writes paths. */
    private static Map<String, URI> redirects(Collection<Article> archive) {
        return Redirects.permanent(archive, URI.create(SampleArticles.SITE),
                (article, slug) -> "/" + article.locale().toLanguageTag() + "/" + slug.value() + "/");
    }

    /**
     * Finds where an old page path moved: the current URL of the article that had that slug.
     *
     * @param path a page path such as {@code /tr/old-slug/}
     * @return the current URL, or empty if the path never was a page of the archive
     */
    public Optional<URI> redirect(String path) {
        return Optional.ofNullable(redirects.get(path));
    }

    /**
     * Finds an article.
     *
     * @param id the article's id
     * @return the article, or empty if there is none with that id
     */
    public Optional<Article> find(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /**
     * Finds the article published in a language under a slug: the article of the page
     * {@code /<language>/<slug>/}.
     *
     * @param locale the language, as the page's path names it
     * @param slug the slug, exactly as the page's path writes it
     * @return the article, or empty if none has that language and slug
     */
    public Optional<Article> findBySlug(Locale locale, String slug) {
        return articles.values().stream()
                .filter(article -> article.locale().equals(locale) && article.slug().value().equals(slug))
                .findFirst();
    }

    /**
     * Returns every article, in no particular order.
     *
     * @return a snapshot of the articles
     */
    public List<Article> all() {
        return List.copyOf(articles.values());
    }

    /**
     * Returns the related-posts index over the archive as it is now.
     *
     * @return the index, with the default options
     */
    public RelatedPosts related() {
        return related;
    }

    /**
     * Adds an article unless one with the same id is already there.
     *
     * @param article the article to add
     * @return true if it was added, false if the id is taken
     */
    public synchronized boolean add(Article article) {
        if (articles.containsKey(article.id())) {
            return false;
        }
        List<Article> next = new ArrayList<>(articles.values());
        next.add(article);
        // fails, naming both articles, if the new one claims another's old or current path
        Map<String, URI> nextRedirects = redirects(next);
        articles.put(article.id(), article);
        redirects = nextRedirects;
        related = RelatedPosts.index(articles.values());
        return true;
    }
}
