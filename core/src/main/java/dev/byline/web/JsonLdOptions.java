package dev.byline.web;

import dev.byline.InvalidValueException;
import dev.byline.Limits;
import dev.byline.internal.Rules;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Site-level choices for the schema.org JSON-LD of an article (the {@code JsonLd} classes of
 * {@code byline-jackson} and {@code byline-jackson3}): the publisher, whether the article is
 * free to read, and the page URL to name the article by when it has no canonical URL.
 *
 * <pre>{@code
 * JsonLdOptions site = JsonLdOptions.defaults()
 *         .withPublisher("Caspian Policy Forum", URI.create("https://caspian.example/"))
 *         .withPublisherLogo(URI.create("https://caspian.example/logo.png"))
 *         .withAccessibleForFree(true);
 * String jsonLd = JsonLd.write(article, site);
 * }</pre>
 *
 * <p>Immutable and thread-safe: each {@code withX} method returns a new instance. Values are
 * checked as the model checks them; a bad one is an {@link InvalidValueException} naming the
 * option ({@code publisher.name}, {@code publisher.url}, {@code publisher.logo},
 * {@code pageUrl}) and the rule.
 */
public final class JsonLdOptions {

    private static final JsonLdOptions DEFAULTS = new JsonLdOptions(null, null, null, null, null);

    private final @Nullable String publisherName;
    private final @Nullable URI publisherUrl;
    private final @Nullable URI publisherLogo;
    private final @Nullable Boolean accessibleForFree;
    private final @Nullable URI pageUrl;

    private JsonLdOptions(@Nullable String publisherName, @Nullable URI publisherUrl, @Nullable URI publisherLogo,
            @Nullable Boolean accessibleForFree, @Nullable URI pageUrl) {
        this.publisherName = publisherName;
        this.publisherUrl = publisherUrl;
        this.publisherLogo = publisherLogo;
        this.accessibleForFree = accessibleForFree;
        this.pageUrl = pageUrl;
    }

    /**
     * The defaults: no publisher, nothing said about access, no page URL (an article without a
     * canonical URL then gets no {@code @id}).
     *
     * @return the default options; never null
     */
    public static JsonLdOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Names the publisher, written as the article's {@code publisher}: an {@code Organization}
     * with {@code name} and {@code url}.
     *
     * @param name the organization's name; one line of plain text, not blank, at most
     *     {@link Limits#MAX_NAME_LENGTH} characters
     * @param url the organization's home page; an absolute http(s) URL
     * @return new options; never null
     * @throws InvalidValueException if the name or URL breaks its rule
     */
    public JsonLdOptions withPublisher(String name, URI url) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Rules.plain("publisher.name", name, Limits.MAX_NAME_LENGTH);
        Rules.url("publisher.url", url);
        return new JsonLdOptions(name, url, publisherLogo, accessibleForFree, pageUrl);
    }

    /**
     * Gives the publisher a logo, written as the organization's {@code logo} (an
     * {@code ImageObject}). Needs a publisher.
     *
     * @param logo the logo image's absolute http(s) URL
     * @return new options; never null
     * @throws InvalidValueException if the URL breaks its rule, or no publisher was named
     *     (path {@code publisher.logo})
     */
    public JsonLdOptions withPublisherLogo(URI logo) {
        Objects.requireNonNull(logo, "logo");
        if (publisherName == null) {
            throw new InvalidValueException("publisher.logo", "needs a publisher: call withPublisher first", logo);
        }
        Rules.url("publisher.logo", logo);
        return new JsonLdOptions(publisherName, publisherUrl, logo, accessibleForFree, pageUrl);
    }

    /**
     * Says whether the article can be read without a subscription, written as
     * {@code isAccessibleForFree}.
     *
     * @param free true for free content, false for content behind a paywall
     * @return new options; never null
     */
    public JsonLdOptions withAccessibleForFree(boolean free) {
        return new JsonLdOptions(publisherName, publisherUrl, publisherLogo, free, pageUrl);
    }

    /**
     * Gives the URL of the page the JSON-LD is placed in, used only for an article without a
     * canonical URL: the page is then the {@code WebPage} node and the article is named
     * {@code <pageUrl>#article}. Without a canonical URL or a page URL the article has no
     * {@code @id} (a relative one would not resolve outside the page).
     *
     * @param pageUrl the page's absolute http(s) URL, without a fragment
     * @return new options; never null
     * @throws InvalidValueException if the URL breaks its rule or has a fragment (path
     *     {@code pageUrl})
     */
    public JsonLdOptions withPageUrl(URI pageUrl) {
        Objects.requireNonNull(pageUrl, "pageUrl");
        Rules.url("pageUrl", pageUrl);
        if (pageUrl.getRawFragment() != null) {
            throw new InvalidValueException("pageUrl", "must not have a fragment (the article's id adds #article)",
                    pageUrl);
        }
        return new JsonLdOptions(publisherName, publisherUrl, publisherLogo, accessibleForFree, pageUrl);
    }

    /**
     * The publisher's name.
     *
     * @return the name, or empty when no publisher was named
     */
    public Optional<String> publisherName() {
        return Optional.ofNullable(publisherName);
    }

    /**
     * The publisher's home page.
     *
     * @return the URL, or empty when no publisher was named
     */
    public Optional<URI> publisherUrl() {
        return Optional.ofNullable(publisherUrl);
    }

    /**
     * The publisher's logo.
     *
     * @return the logo's URL, or empty
     */
    public Optional<URI> publisherLogo() {
        return Optional.ofNullable(publisherLogo);
    }

    /**
     * Whether the article is free to read.
     *
     * @return the answer, or empty when nothing is to be said
     */
    public Optional<Boolean> accessibleForFree() {
        return Optional.ofNullable(accessibleForFree);
    }

    /**
     * The URL of the page the JSON-LD is placed in.
     *
     * @return the URL, or empty
     */
    public Optional<URI> pageUrl() {
        return Optional.ofNullable(pageUrl);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof JsonLdOptions)) {
            return false;
        }
        JsonLdOptions other = (JsonLdOptions) o;
        return Objects.equals(publisherName, other.publisherName) && Objects.equals(publisherUrl, other.publisherUrl)
                && Objects.equals(publisherLogo, other.publisherLogo)
                && Objects.equals(accessibleForFree, other.accessibleForFree) && Objects.equals(pageUrl, other.pageUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(publisherName, publisherUrl, publisherLogo, accessibleForFree, pageUrl);
    }

    @Override
    public String toString() {
        return "JsonLdOptions[publisher=" + publisherName + " " + publisherUrl + ", logo=" + publisherLogo
                + ", accessibleForFree=" + accessibleForFree + ", pageUrl=" + pageUrl + "]";
    }
}
