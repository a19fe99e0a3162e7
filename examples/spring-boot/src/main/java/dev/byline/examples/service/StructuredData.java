package dev.byline.examples.service;

import dev.byline.Article;
import dev.byline.jackson3.JsonLd;
import dev.byline.web.JsonLdOptions;

/**
 * The schema.org JSON-LD of an article page, the content of its
 * {@code <script type="application/ld+json">} element.
 *
 * <p>This is the only place in the example that calls byline's {@link JsonLd}. The site names
 * itself as the publisher, says its articles are free to read, and gives the page's public URL
 * for an article that has no canonical URL of its own (so the article always has an absolute
 * {@code @id}).
 */
final class StructuredData {

    /** The publisher's name in the JSON-LD (the page header shows the localized site name). */
    static final String PUBLISHER = "byline example site";

    private StructuredData() {}

    /**
     * Returns the JSON-LD of a published article, escaped so that it cannot end the
     * {@code script} element.
     *
     * @param article the article, published
     * @param site the site, for the publisher and the page URL
     * @return one line of JSON
     */
    static String jsonLd(Article article, Site site) {
        JsonLdOptions options = JsonLdOptions.defaults()
                .withPublisher(PUBLISHER, site.publicUrl(article).resolve("/"))
                .withAccessibleForFree(true)
                .withPageUrl(site.publicUrl(article));
        return JsonLd.write(article, options);
    }
}
