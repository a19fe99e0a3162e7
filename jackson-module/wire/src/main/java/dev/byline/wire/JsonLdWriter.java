package dev.byline.wire;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Image;
import dev.byline.LanguageSkill;
import dev.byline.Translation;
import java.io.IOException;
import java.net.URI;
import java.util.List;

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

    /** Writes the article's JSON-LD object. */
    public static void write(Article a, JsonOut out) throws IOException {
        String id = a.canonicalUrl().map(URI::toString).orElse("#article");
        out.startObject(a);
        field(out, "@context", "https://schema.org");
        field(out, "@type", "NewsArticle");
        field(out, "@id", id);
        field(out, "headline", a.title());
        if (a.subtitle().isPresent()) {
            field(out, "alternativeHeadline", a.subtitle().get());
        }
        if (a.summary().isPresent()) {
            field(out, "description", a.summary().get());
        }
        field(out, "inLanguage", a.locale().toLanguageTag());
        if (a.canonicalUrl().isPresent()) {
            field(out, "url", id);
            out.name("mainEntityOfPage");
            out.startObject(id);
            field(out, "@type", "WebPage");
            field(out, "@id", id);
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
                out.startObject(t);
                field(out, "@type", "NewsArticle");
                field(out, "@id", t.url().toString());
                field(out, "url", t.url().toString());
                field(out, "inLanguage", t.locale().toLanguageTag());
                if (t.title().isPresent()) {
                    field(out, "headline", t.title().get());
                }
                out.name("translationOfWork");
                out.startObject(id);
                field(out, "@id", id);
                out.endObject();
                out.endObject();
            }
            out.endArray();
        }
        out.endObject();
    }

    private static void person(Author author, JsonOut out) throws IOException {
        out.startObject(author);
        field(out, "@type", "Person");
        field(out, "name", author.name());
        if (author.url().isPresent()) {
            field(out, "url", author.url().get().toString());
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
                out.string(uri.toString());
            }
            out.endArray();
        }
        out.endObject();
    }

    private static void image(Image image, JsonOut out) throws IOException {
        out.startObject(image);
        field(out, "@type", "ImageObject");
        field(out, "url", image.url().toString());
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
