package dev.byline.wire;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Image;
import dev.byline.LanguageSkill;
import dev.byline.Correction;
import dev.byline.Status;
import dev.byline.TranslationMethod;
import dev.byline.TranslationSource;
import dev.byline.Translator;
import dev.byline.TranslatorType;
import dev.byline.Translation;
import dev.byline.web.JsonLdOptions;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Writes schema.org JSON-LD for an article, the content of a
 * {@code <script type="application/ld+json">} element. Both adapters' {@code JsonLd.write} call
 * this with a generator that escapes {@link #ESCAPED_ASCII} and the characters
 * {@link #isEscapedOutsideAscii} names, so no text of the article can close the element. Not API.
 */
public final class JsonLdWriter {

    /** The ASCII characters the output escapes as {@code \\uXXXX}: {@code < > &}. */
    public static final String ESCAPED_ASCII = "<>&";

    private JsonLdWriter() {}

    /** Tells whether a character above ASCII is escaped: the JavaScript line terminators U+2028 and U+2029. */
    public static boolean isEscapedOutsideAscii(int ch) {
        return ch == 0x2028 || ch == 0x2029;
    }

    /** The fragment that names the article within its page: {@code <page URL>#article}. */
    public static final String ARTICLE_FRAGMENT = "#article";

    /**
     * Writes the article's JSON-LD object.
     *
     * <p>Only a published article is written: JSON-LD is for a page that search engines may
     * index, and a draft, a scheduled or a withdrawn article is not such a page (a preview or a
     * notice page should carry none). The article is a node of its own,
     * {@code <page>#article}, whose {@code mainEntityOfPage} is the {@code WebPage} node
     * {@code <page>}, where the page is the canonical URL or else the page URL of the options;
     * with neither, the article has no {@code @id} and no page node (never a relative IRI).
     *
     * @throws IllegalArgumentException if the article is not published
     */
    public static void write(Article a, JsonLdOptions options, JsonOut out) throws IOException {
        if (a.status() != Status.PUBLISHED) {
            throw new IllegalArgumentException("JSON-LD is written for published articles only (status is "
                    + a.status().wireName() + "): a draft, scheduled or withdrawn article is not a page to index");
        }
        Optional<URI> page = a.canonicalUrl().or(options::pageUrl);
        String pageId = page.map(URI::toASCIIString).orElse(null);
        String id = pageId == null ? null : pageId + ARTICLE_FRAGMENT;
        out.startObject(a);
        field(out, "@context", "https://schema.org");
        field(out, "@type", "NewsArticle");
        if (id != null) {
            field(out, "@id", id);
        }
        field(out, "headline", a.title());
        if (a.subtitle().isPresent()) {
            field(out, "alternativeHeadline", a.subtitle().get());
        }
        if (a.summary().isPresent()) {
            field(out, "description", a.summary().get());
        }
        field(out, "inLanguage", a.locale().toLanguageTag());
        if (pageId != null) {
            field(out, "url", pageId);
            out.name("mainEntityOfPage");
            out.startObject(pageId);
            field(out, "@type", "WebPage");
            field(out, "@id", pageId);
            field(out, "url", pageId);
            field(out, "inLanguage", a.locale().toLanguageTag());
            out.endObject();
        }
        if (a.published().isPresent()) {
            out.name("datePublished");
            ModelWriter.dateTime(out, a.published().get());
        }
        if (a.modified().isPresent()) {
            out.name("dateModified");
            ModelWriter.dateTime(out, a.modified().get());
        }
        if (!a.authors().isEmpty()) {
            out.name("author");
            out.startArray(a.authors(), a.authors().size());
            for (Author author : a.authors()) {
                person(author, out);
            }
            out.endArray();
        }
        if (a.translationOf().isPresent()) {
            translationOf(a.translationOf().get(), out);
        }
        if (options.publisherName().isPresent()) {
            publisher(options, out);
        }
        if (options.accessibleForFree().isPresent()) {
            out.name("isAccessibleForFree");
            out.bool(options.accessibleForFree().get());
        }
        if (a.image().isPresent()) {
            out.name("image");
            image(a.image().get(), out);
        }
        out.name("wordCount");
        out.number(a.wordCount());
        strings(out, "keywords", a.tags());
        strings(out, "articleSection", a.categories());
        if (!a.translations().isEmpty()) {
            out.name("workTranslation");
            out.startArray(a.translations(), a.translations().size());
            for (Translation t : a.translations()) {
                String url = t.url().toASCIIString();
                out.startObject(t);
                field(out, "@type", "NewsArticle");
                // the edition's own article node in its page, named as this article is in its own
                field(out, "@id", url + ARTICLE_FRAGMENT);
                field(out, "url", url);
                field(out, "inLanguage", t.locale().toLanguageTag());
                if (t.title().isPresent()) {
                    field(out, "headline", t.title().get());
                }
                if (t.method().isPresent()) {
                    digitalSourceType(t.method().get(), out);
                }
                if (id != null) {
                    out.name("translationOfWork");
                    out.startObject(id);
                    field(out, "@id", id);
                    out.endObject();
                }
                out.endObject();
            }
            out.endArray();
        }
        if (!a.corrections().isEmpty()) {
            out.name("correction");
            out.startArray(a.corrections(), a.corrections().size());
            for (Correction c : a.corrections()) {
                out.startObject(c);
                field(out, "@type", "CorrectionComment");
                field(out, "text", c.text());
                out.name("datePublished");
                ModelWriter.dateTime(out, c.date());
                out.endObject();
            }
            out.endArray();
        }
        out.endObject();
    }

    /**
     * The edition's source and translators: {@code translationOfWork} (the source's article node
     * when its URL is known, otherwise a node with its language), {@code translator} and, for
     * machine-made text, {@code digitalSourceType}.
     */
    private static void translationOf(TranslationSource source, JsonOut out) throws IOException {
        out.name("translationOfWork");
        out.startObject(source);
        field(out, "@type", "NewsArticle");
        if (source.url().isPresent()) {
            field(out, "@id", source.url().get().toASCIIString() + ARTICLE_FRAGMENT);
            field(out, "url", source.url().get().toASCIIString());
        }
        field(out, "inLanguage", source.locale().toLanguageTag());
        out.endObject();
        if (!source.translators().isEmpty()) {
            out.name("translator");
            out.startArray(source.translators(), source.translators().size());
            for (Translator t : source.translators()) {
                out.startObject(t);
                field(out, "@type", t.type() == TranslatorType.ORGANIZATION ? "Organization" : "Person");
                field(out, "name", t.name());
                out.endObject();
            }
            out.endArray();
        }
        digitalSourceType(source.method(), out);
    }

    /** schema.org's {@code digitalSourceType} of machine-made text; nothing for human translation. */
    private static void digitalSourceType(TranslationMethod method, JsonOut out) throws IOException {
        if (method.digitalSourceType().isEmpty()) {
            return;
        }
        out.name("digitalSourceType");
        String iri = "https://schema.org/" + method.digitalSourceType().get();
        out.startObject(iri);
        field(out, "@id", iri);
        out.endObject();
    }

    private static void publisher(JsonLdOptions options, JsonOut out) throws IOException {
        out.name("publisher");
        out.startObject(options);
        field(out, "@type", "Organization");
        field(out, "name", options.publisherName().orElseThrow());
        field(out, "url", options.publisherUrl().orElseThrow().toASCIIString());
        if (options.publisherLogo().isPresent()) {
            out.name("logo");
            out.startObject(options.publisherLogo().get());
            field(out, "@type", "ImageObject");
            field(out, "url", options.publisherLogo().get().toASCIIString());
            out.endObject();
        }
        out.endObject();
    }

    private static void person(Author author, JsonOut out) throws IOException {
        out.startObject(author);
        field(out, "@type", "Person");
        field(out, "name", author.name());
        if (author.url().isPresent()) {
            field(out, "url", author.url().get().toASCIIString());
        }
        if (author.bio().isPresent()) {
            field(out, "description", author.bio().get());
        }
        if (author.image().isPresent()) {
            out.name("image");
            image(author.image().get(), out);
        }
        if (!author.languages().isEmpty()) {
            out.name("knowsLanguage");
            out.startArray(author.languages(), author.languages().size());
            for (LanguageSkill skill : author.languages()) {
                out.string(skill.language().toLanguageTag());
            }
            out.endArray();
        }
        strings(out, "knowsAbout", author.expertise());
        if (!author.affiliations().isEmpty()) {
            out.name("affiliation");
            out.startArray(author.affiliations(), author.affiliations().size());
            for (String organization : author.affiliations()) {
                out.startObject(organization);
                field(out, "@type", "Organization");
                field(out, "name", organization);
                out.endObject();
            }
            out.endArray();
        }
        if (!author.sameAs().isEmpty()) {
            out.name("sameAs");
            out.startArray(author.sameAs(), author.sameAs().size());
            for (URI uri : author.sameAs()) {
                out.string(uri.toASCIIString());
            }
            out.endArray();
        }
        out.endObject();
    }

    private static void image(Image image, JsonOut out) throws IOException {
        out.startObject(image);
        field(out, "@type", "ImageObject");
        field(out, "url", image.url().toASCIIString());
        if (image.width().isPresent()) {
            out.name("width");
            out.number(image.width().getAsInt());
        }
        if (image.height().isPresent()) {
            out.name("height");
            out.number(image.height().getAsInt());
        }
        if (image.caption().isPresent()) {
            field(out, "caption", image.caption().get());
        }
        if (image.alt().isPresent()) {
            field(out, "description", image.alt().get());
        }
        if (image.credit().isPresent()) {
            field(out, "creditText", image.credit().get());
        }
        out.endObject();
    }

    private static void field(JsonOut out, String name, String value) throws IOException {
        out.name(name);
        out.string(value);
    }

    private static void strings(JsonOut out, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        out.name(name);
        out.startArray(values, values.size());
        for (String v : values) {
            out.string(v);
        }
        out.endArray();
    }
}
