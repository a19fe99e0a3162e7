package dev.byline.web;

import dev.byline.Article;
import dev.byline.InvalidArticleException;
import dev.byline.InvalidValueException;
import dev.byline.Limits;
import dev.byline.internal.Inputs;
import dev.byline.internal.Rules;
import dev.byline.internal.Text;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Share links for an article's URL and title, as the share buttons of the reference page
 * need them: X, Facebook, LinkedIn, WhatsApp, Telegram and e-mail.
 *
 * <p>Every query value is percent-encoded as UTF-8 by RFC 3986: everything except
 * {@code A-Z a-z 0-9 - . _ ~} is encoded, a space is {@code %20} (never {@code +}, which
 * mail clients show literally), so titles in any script ({@code Москва}, {@code طالبان},
 * {@code İstanbul}) and characters such as {@code & # ? +} arrive intact. The article URL
 * is used in its ASCII form. The title is normalized to NFC.
 *
 * <pre>{@code
 * ShareLinks share = ShareLinks.of(article);
 * share.telegram();   // https://t.me/share/url?url=https%3A%2F%2F...&text=...
 * }</pre>
 *
 * <p>The endpoints are the services' public share URLs as of 2025:
 * {@code https://x.com/intent/tweet}, {@code https://www.facebook.com/sharer/sharer.php},
 * {@code https://www.linkedin.com/sharing/share-offsite/}, {@code https://wa.me/},
 * {@code https://t.me/share/url} and {@code mailto:} (RFC 6068).
 *
 * <p>Immutable and thread-safe.
 */
public final class ShareLinks {

    private final URI url;
    private final String title;

    private ShareLinks(URI url, String title) {
        this.url = url;
        this.title = title;
    }

    /**
     * Creates the share links of a page.
     *
     * @param url the page's absolute http(s) URL; not null
     * @param title the text to share with it; not null, one line of plain text
     * @return the links; never null
     * @throws InvalidValueException if the URL is not an absolute http(s) URL without
     *     credentials (path {@code url}) or the title is blank, too long or holds control or
     *     bidi override characters (path {@code title})
     */
    public static ShareLinks of(URI url, String title) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Inputs.check(() -> Rules.url("url", url));
        Inputs.check(() -> Rules.plain("title", title, Limits.MAX_TITLE_LENGTH));
        return new ShareLinks(url, Text.nfc(title));
    }

    /**
     * Creates the share links of an article from its canonical URL and title.
     *
     * @param article the article; not null
     * @return the links; never null
     * @throws InvalidArticleException if the article has no canonical URL (path
     *     {@code canonicalUrl})
     */
    public static ShareLinks of(Article article) {
        Objects.requireNonNull(article, "article");
        URI url = article.canonicalUrl().orElseThrow(() -> new InvalidArticleException("canonicalUrl",
                "must be present to build share links", null));
        return new ShareLinks(url, article.title());
    }

    /**
     * Returns the shared URL.
     *
     * @return the URL; never null
     */
    public URI url() {
        return url;
    }

    /**
     * Returns the shared title.
     *
     * @return the title, NFC; never null
     */
    public String title() {
        return title;
    }

    /**
     * Returns the X (formerly Twitter) post link.
     *
     * @return {@code https://x.com/intent/tweet?text=<title>&url=<url>}; never null
     */
    public URI x() {
        return URI.create("https://x.com/intent/tweet?text=" + encode(title) + "&url=" + encodedUrl());
    }

    /**
     * Returns the Facebook share link (Facebook reads the title from the page).
     *
     * @return {@code https://www.facebook.com/sharer/sharer.php?u=<url>}; never null
     */
    public URI facebook() {
        return URI.create("https://www.facebook.com/sharer/sharer.php?u=" + encodedUrl());
    }

    /**
     * Returns the LinkedIn share link (LinkedIn reads the title from the page).
     *
     * @return {@code https://www.linkedin.com/sharing/share-offsite/?url=<url>}; never null
     */
    public URI linkedIn() {
        return URI.create("https://www.linkedin.com/sharing/share-offsite/?url=" + encodedUrl());
    }

    /**
     * Returns the WhatsApp share link, whose one message holds the title and the URL.
     *
     * @return {@code https://wa.me/?text=<title> <url>}; never null
     */
    public URI whatsApp() {
        return URI.create("https://wa.me/?text=" + encode(title + " " + url.toASCIIString()));
    }

    /**
     * Returns the Telegram share link.
     *
     * @return {@code https://t.me/share/url?url=<url>&text=<title>}; never null
     */
    public URI telegram() {
        return URI.create("https://t.me/share/url?url=" + encodedUrl() + "&text=" + encode(title));
    }

    /**
     * Returns the e-mail link (RFC 6068) with the title as subject and the URL as body.
     *
     * @return {@code mailto:?subject=<title>&body=<url>}; never null
     */
    public URI email() {
        return URI.create("mailto:?subject=" + encode(title) + "&body=" + encodedUrl());
    }

    /**
     * Returns all links in the order of the reference page's buttons, keyed {@code x},
     * {@code facebook}, {@code linkedin}, {@code whatsapp}, {@code telegram}, {@code email}.
     *
     * @return an unmodifiable map with a stable order; never null
     */
    public Map<String, URI> all() {
        Map<String, URI> m = new LinkedHashMap<>();
        m.put("x", x());
        m.put("facebook", facebook());
        m.put("linkedin", linkedIn());
        m.put("whatsapp", whatsApp());
        m.put("telegram", telegram());
        m.put("email", email());
        return java.util.Collections.unmodifiableMap(m);
    }

    private String encodedUrl() {
        return encode(url.toASCIIString());
    }

    /**
     * Percent-encodes a string as UTF-8, keeping only RFC 3986 unreserved characters.
     *
     * @param s the string; not null
     * @return the encoded string, pure ASCII; never null
     */
    public static String encode(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    /**
     * Compares URL and title.
     *
     * @param o the other object
     * @return true if {@code o} shares the same URL and title
     */
    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
        return o instanceof ShareLinks && ((ShareLinks) o).url.equals(url) && ((ShareLinks) o).title.equals(title);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return url.hashCode() * 31 + title.hashCode();
    }

    /**
     * Returns a short description.
     *
     * @return {@code ShareLinks[<url>]}; never null
     */
    @Override
    public String toString() {
        return "ShareLinks[" + url + "]";
    }
}
