package dev.byline.locale;

import com.ibm.icu.util.ULocale;
import dev.byline.Article;
import dev.byline.InvalidArticleException;
import dev.byline.InvalidValueException;
import dev.byline.Translation;
import dev.byline.internal.LocaleData;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code hreflang} alternates of an article, by Google's rules: one entry per edition (the
 * article and each translation, each listing all of them including itself) plus
 * {@code x-default}, rendered as HTML {@code <link>} tags, an HTTP {@code Link} header or
 * sitemap {@code xhtml:link} elements.
 *
 * <p>Values are written as Google accepts them (see {@link #value(Locale)}): an ISO 639-1
 * language, or the ISO 639-2/3 code where there is no two-letter one, optionally followed by
 * an ISO 3166-1 alpha-2 region or an ISO 15924 script. Aliases are corrected first
 * ({@code en-UK} becomes {@code en-GB}, {@code iw} becomes {@code he}). A locale with no such
 * form ({@code es-419}, {@code sr-Latn-ME}, variants, private use) or two editions with the
 * same value is reported with an {@link InvalidArticleException} naming the edition's locale
 * attribute, never silently dropped.
 *
 * <pre>{@code
 * for (HreflangLink link : Hreflang.alternates(article)) { ... }
 * String head = Hreflang.toHtml(Hreflang.alternates(article));
 * }</pre>
 *
 * <p>Static methods only. Immutable and thread-safe.
 */
public final class Hreflang {

    private Hreflang() {}

    /**
     * Returns the alternates of an article with {@code x-default} pointing to the article's
     * own edition.
     *
     * @param article the article; not null; must have a canonical URL
     * @return the article's entry, one per translation in order, then {@code x-default}; an
     *     unmodifiable list, never null
     * @throws InvalidArticleException if the article has no canonical URL (path
     *     {@code canonicalUrl}), or an edition's locale has no {@code hreflang} form or repeats
     *     another's (path {@code locale} or {@code translations[i].locale})
     */
    public static List<HreflangLink> alternates(Article article) {
        return build(article, null, null);
    }

    /**
     * Returns the alternates of an article with {@code x-default} pointing to the edition in
     * a given language, for sites whose default is not the original.
     *
     * @param article the article; not null; must have a canonical URL
     * @param xDefault the locale of the edition {@code x-default} points to; not null
     * @return the editions' entries, then {@code x-default}; an unmodifiable list, never null
     * @throws InvalidArticleException as {@link #alternates(Article)} does, and with path
     *     {@code xDefault} when no edition has that locale
     */
    public static List<HreflangLink> alternates(Article article, Locale xDefault) {
        return build(article, Objects.requireNonNull(xDefault, "xDefault"), null);
    }

    /**
     * Returns the alternates of an article with {@code x-default} pointing to a given page,
     * such as a language chooser.
     *
     * @param article the article; not null; must have a canonical URL
     * @param xDefault the absolute URL for {@code x-default}; not null
     * @return the editions' entries, then {@code x-default}; an unmodifiable list, never null
     * @throws InvalidArticleException as {@link #alternates(Article)} does
     * @throws InvalidValueException with path {@code xDefault} when the URL is not absolute
     *     http(s)
     */
    public static List<HreflangLink> alternates(Article article, URI xDefault) {
        Objects.requireNonNull(xDefault, "xDefault");
        String scheme = xDefault.getScheme();
        if (!xDefault.isAbsolute() || xDefault.isOpaque() || !("http".equalsIgnoreCase(scheme)
                || "https".equalsIgnoreCase(scheme))) {
            throw new InvalidValueException("xDefault", "must be an absolute http or https URL", xDefault);
        }
        return build(article, null, xDefault);
    }

    private static List<HreflangLink> build(Article article, @Nullable Locale defaultLocale, @Nullable URI defaultUrl) {
        Objects.requireNonNull(article, "article");
        URI own = article.canonicalUrl().orElseThrow(() -> new InvalidArticleException("canonicalUrl",
                "must be present to list hreflang alternates", null));
        List<HreflangLink> links = new ArrayList<>(article.translations().size() + 2);
        Map<String, String> seen = new HashMap<>();
        add(links, seen, "locale", article.locale(), own);
        for (int i = 0; i < article.translations().size(); i++) {
            Translation t = article.translations().get(i);
            add(links, seen, "translations[" + i + "].locale", t.locale(), t.url());
        }
        URI target = defaultUrl;
        if (target == null) {
            if (defaultLocale == null || defaultLocale.equals(article.locale())) {
                target = own;
            } else {
                target = article.translation(defaultLocale).map(Translation::url)
                        .orElseThrow(() -> new InvalidArticleException("xDefault",
                                "must be the locale of one of the article's editions", defaultLocale.toLanguageTag()));
            }
        }
        links.add(new HreflangLink(HreflangLink.X_DEFAULT, target));
        return Collections.unmodifiableList(links);
    }

    private static void add(List<HreflangLink> links, Map<String, String> seen, String path, Locale locale, URI url) {
        String value;
        try {
            value = value(locale);
        } catch (InvalidValueException e) {
            throw new InvalidArticleException(path, e.rule(), locale.toLanguageTag());
        }
        String earlier = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), path);
        if (earlier != null) {
            throw new InvalidArticleException(path, "must have its own hreflang value (" + value + " is also "
                    + earlier + ")", locale.toLanguageTag());
        }
        links.add(new HreflangLink(value, url));
    }

    /**
     * Returns the {@code hreflang} value of a locale as Google accepts it: the language
     * (ISO 639-1, or the three-letter code where there is no two-letter one), then the
     * ISO 3166-1 alpha-2 region or the ISO 15924 script. CLDR aliases are corrected first
     * ({@code en-UK} gives {@code en-GB}); when there are both, a script that is the usual one
     * for the language in that region (by CLDR's likely subtags) is left out
     * ({@code zh-Hant-TW} gives {@code zh-TW}); Unicode
     * extensions such as {@code -u-ca-persian} are left out, since they do not change the
     * language.
     *
     * @param locale the locale; not null
     * @return the value, such as {@code tr}, {@code en-GB}, {@code zh-Hant} or {@code fil};
     *     never null
     * @throws InvalidValueException with path {@code hreflang} when the locale has no such
     *     form: no language, a numeric region ({@code es-419}), a script that is not the
     *     usual one together with a region ({@code sr-Latn-ME}), a variant or private-use
     *     subtags
     */
    public static String value(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ULocale u = LocaleData.canonical(locale);
        String language = u.getLanguage();
        if (language.isEmpty() || "und".equals(language)) {
            throw new InvalidValueException("hreflang", "must name a language", locale.toLanguageTag());
        }
        if (!u.getVariant().isEmpty()) {
            throw new InvalidValueException("hreflang", "has no form for a locale with a variant; Google "
                    + "accepts only language, region or script", locale.toLanguageTag());
        }
        if (u.getExtension('x') != null) {
            throw new InvalidValueException("hreflang", "has no form for private-use subtags",
                    locale.toLanguageTag());
        }
        String region = u.getCountry();
        String script = u.getScript();
        if (!region.isEmpty() && !(region.length() == 2 && Character.isLetter(region.charAt(0)))) {
            throw new InvalidValueException("hreflang", "needs an ISO 3166-1 alpha-2 region; Google does not "
                    + "accept UN M.49 codes such as " + region, locale.toLanguageTag());
        }
        if (!script.isEmpty() && !region.isEmpty()) {
            String usual = ULocale.addLikelySubtags(new ULocale(language + "_" + region)).getScript();
            if (script.equals(usual)) {
                script = "";
            } else {
                throw new InvalidValueException("hreflang", "has no form for a script together with a region; "
                        + "Google accepts language-script or language-region", locale.toLanguageTag());
            }
        }
        StringBuilder sb = new StringBuilder(language);
        if (!script.isEmpty()) {
            sb.append('-').append(script);
        } else if (!region.isEmpty()) {
            sb.append('-').append(region);
        }
        return sb.toString();
    }

    /**
     * Renders alternates as HTML {@code <link rel="alternate">} elements for a page's
     * {@code <head>}, one per line, with attribute values escaped.
     *
     * @param links the alternates; not null
     * @return the elements, such as
     *     {@code <link rel="alternate" hreflang="tr" href="https://example.org/tr/a">}; never
     *     null
     */
    public static String toHtml(List<HreflangLink> links) {
        StringBuilder sb = new StringBuilder();
        for (HreflangLink l : links) {
            sb.append(sb.length() == 0 ? "" : "\n").append("<link rel=\"alternate\" hreflang=\"")
                    .append(escape(l.hreflang())).append("\" href=\"").append(escape(l.url().toASCIIString()))
                    .append("\">");
        }
        return sb.toString();
    }

    /**
     * Renders alternates as the value of an HTTP {@code Link} header (RFC 8288), as Google
     * reads it for non-HTML documents.
     *
     * @param links the alternates; not null
     * @return the header value, such as
     *     {@code <https://example.org/tr/a>; rel="alternate"; hreflang="tr", ...}; never null
     */
    public static String toLinkHeader(List<HreflangLink> links) {
        StringBuilder sb = new StringBuilder();
        for (HreflangLink l : links) {
            sb.append(sb.length() == 0 ? "" : ", ").append('<').append(l.url().toASCIIString())
                    .append(">; rel=\"alternate\"; hreflang=\"").append(l.hreflang()).append('"');
        }
        return sb.toString();
    }

    /**
     * Renders alternates as {@code xhtml:link} elements for a sitemap {@code <url>} entry (the
     * {@code xhtml} prefix bound to {@code http://www.w3.org/1999/xhtml}), one per line, with
     * XML escaping.
     *
     * @param links the alternates; not null
     * @return the elements, such as
     *     {@code <xhtml:link rel="alternate" hreflang="tr" href="https://example.org/tr/a"/>};
     *     never null
     */
    public static String toSitemapLinks(List<HreflangLink> links) {
        StringBuilder sb = new StringBuilder();
        for (HreflangLink l : links) {
            sb.append(sb.length() == 0 ? "" : "\n").append("<xhtml:link rel=\"alternate\" hreflang=\"")
                    .append(escape(l.hreflang())).append("\" href=\"").append(escape(l.url().toASCIIString()))
                    .append("\"/>");
        }
        return sb.toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
