package dev.byline.examples.service;

import dev.byline.Article;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The articles the service knows, kept in memory and keyed by {@link Article#id()}. It starts
 * with the articles of {@link SampleArticles}; a real service would keep them in a database.
 *
 * <p>Thread-safe: requests read and add articles concurrently.
 */
@Component
public class ArticleArchive {

    private final Map<String, Article> articles = new ConcurrentHashMap<>();

    /** Creates the archive with the sample articles. */
    public ArticleArchive() {
        SampleArticles.all().forEach(this::add);
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
     * Adds an article unless one with the same id is already there.
     *
     * @param article the article to add
     * @return true if it was added, false if the id is taken
     */
    public boolean add(Article article) {
        return articles.putIfAbsent(article.id(), article) == null;
    }
}
