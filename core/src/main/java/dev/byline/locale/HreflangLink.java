package dev.byline.locale;

import java.net.URI;
import java.util.Objects;

/**
 * One {@code hreflang} alternate: the value of the {@code hreflang} attribute (a language
 * code as Google accepts it, or {@code x-default}) and the absolute URL of that edition.
 * Produced by {@link Hreflang#alternates(dev.byline.Article)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hreflang the attribute value, such as {@code tr}, {@code zh-Hant}, {@code en-GB} or
 *     {@code x-default}; not null
 * @param url the absolute URL of the edition; not null
 */
public record HreflangLink(String hreflang, URI url) {

    /** The {@code hreflang} value of the page to show readers whose language has no edition. */
    public static final String X_DEFAULT = "x-default";

    /**
     * Creates a link.
     *
     * @param hreflang the attribute value; not null
     * @param url the absolute URL; not null
     * @throws NullPointerException if either argument is null
     */
    public HreflangLink {
        Objects.requireNonNull(hreflang, "hreflang");
        Objects.requireNonNull(url, "url");
    }

    /**
     * Tells whether this is the {@code x-default} entry.
     *
     * @return true for {@code x-default}
     */
    public boolean isDefault() {
        return X_DEFAULT.equals(hreflang);
    }
}
