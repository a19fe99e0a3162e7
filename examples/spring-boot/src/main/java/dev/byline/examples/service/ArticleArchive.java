package dev.byline.examples.service;

import dev.byline.Article;
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

    /** Creates the archive with the sample articles. */
    public ArticleArchive() {
        SampleArticles.all().forEach(article -> articles.put(article.id(), article));
        related = RelatedPosts.index(articles.values());
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
    public boolean add(Article article) {
        if (articles.putIfAbsent(article.id(), article) != null) {
            return false;
        }
        synchronized (this) {
            related = RelatedPosts.index(articles.values());
        }
        return true;
    }
}
