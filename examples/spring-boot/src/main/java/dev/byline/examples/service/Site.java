package dev.byline.examples.service;

import dev.byline.Article;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the site is published and what it considers "now".
 *
 * <p>The articles' canonical URLs name the public site ({@code byline.site.base-url},
 * {@code https://news.example.org} by default); this service serves the same paths
 * ({@code /<language>/<slug>/}) wherever it runs. Links between the site's own pages (the
 * language switcher, similar posts, the redirect from {@code /}) are therefore written as paths,
 * so they work on {@code localhost} too, while everything read by other machines (hreflang,
 * JSON-LD, share links) keeps the absolute canonical URL.
 *
 * <p>{@code byline.site.now} (an ISO-8601 instant) fixes the clock used for relative dates
 * ("3 days ago") and similar posts, so tests and screenshots do not change from day to day;
 * unset, the system clock is used. {@code byline.site.default-language} ({@code en}) names the
 * edition that hreflang's {@code x-default} points to.
 *
 * <p>Immutable and thread-safe.
 */
@Component
public class Site {

    private final URI base;
    private final Clock clock;
    private final Locale defaultLanguage;

    /**
     * Creates the site settings.
     *
     * @param base the public site's scheme, host and port, such as {@code https://news.example.org}
     * @param now the fixed time, or an empty string for the system clock
     * @param defaultLanguage the language of the {@code x-default} edition
     */
    public Site(@Value("${byline.site.base-url:" + SampleArticles.SITE + "}") URI base,
            @Value("${byline.site.now:}") String now,
            @Value("${byline.site.default-language:en}") String defaultLanguage) {
        this.base = Objects.requireNonNull(base, "base");
        this.clock = now.isBlank() ? Clock.systemUTC() : Clock.fixed(Instant.parse(now.strip()), ZoneOffset.UTC);
        this.defaultLanguage = Locale.forLanguageTag(defaultLanguage);
    }

    /**
     * Returns the clock for relative dates and similar posts.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Returns the language whose edition hreflang's {@code x-default} names when an article has
     * one.
     *
     * @return the language
     */
    public Locale defaultLanguage() {
        return defaultLanguage;
    }

    /**
     * Returns the path of a page of this site.
     *
     * @param article the article
     * @return {@code /<language tag>/<slug>/}
     */
    public static String path(Article article) {
        return "/" + article.locale().toLanguageTag() + "/" + article.slug().value() + "/";
    }

    /**
     * Returns an article's public URL: its canonical URL, or this site's page for it.
     *
     * @param article the article
     * @return the absolute URL
     */
    public URI publicUrl(Article article) {
        return article.canonicalUrl().orElseGet(() -> base.resolve(path(article)));
    }

    /**
     * Returns how this site's pages link to a URL: a page of the public site as its path (so it
     * opens on whatever host serves this site), any other URL as it is.
     *
     * @param url an absolute URL
     * @return the path with its query, or the URL itself
     */
    public String href(URI url) {
        boolean ours = Objects.equals(url.getScheme(), base.getScheme())
                && Objects.equals(url.getHost(), base.getHost())
                && url.getPort() == base.getPort();
        if (!ours) {
            return url.toASCIIString();
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }
}
