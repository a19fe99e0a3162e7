package dev.byline.examples.service;

import dev.byline.Article;
import dev.byline.jackson3.JsonLd;

/**
 * The schema.org JSON-LD of an article page, the content of its
 * {@code <script type="application/ld+json">} element.
 *
 * <p>This is the only place in the example that calls byline's {@link JsonLd}: when its
 * options grow (a publisher, a base URL), only this method changes.
 */
final class StructuredData {

    private StructuredData() {}

    /**
     * Returns the JSON-LD of an article, escaped so that it cannot end the {@code script}
     * element.
     *
     * @param article the article, with its canonical URL
     * @return one line of JSON
     */
    static String jsonLd(Article article) {
        return JsonLd.write(article);
    }
}
