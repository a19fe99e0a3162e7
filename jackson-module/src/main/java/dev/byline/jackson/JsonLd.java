package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Image;
import dev.byline.LanguageSkill;
import dev.byline.Translation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * schema.org JSON-LD for an article: the content of the
 * {@code <script type="application/ld+json">} element search engines read.
 *
 * <p>The article is a {@code NewsArticle} with {@code headline}, {@code alternativeHeadline},
 * {@code description}, {@code inLanguage}, {@code url}, {@code mainEntityOfPage} (a
 * {@code WebPage}), {@code datePublished}, {@code dateModified}, {@code author} ({@code Person}
 * objects with {@code name}, {@code url}, {@code description}, {@code image},
 * {@code knowsLanguage}, {@code knowsAbout}, {@code affiliation} as {@code Organization}s and
 * {@code sameAs}), {@code image} (an {@code ImageObject}), {@code wordCount}, {@code keywords}
 * (the tags), {@code articleSection} (the categories) and each translation as a
 * {@code workTranslation} whose {@code translationOfWork} points back to the article's
 * {@code @id}. The {@code @id} is the canonical URL, or {@code #article} (relative to the page)
 * when there is none. Absent values are left out. Every type and property is part of the
 * schema.org vocabulary for the type it appears on.
 *
 * <p>The output is safe to place inside an HTML {@code script} element: {@code <}, {@code >},
 * {@code &}, U+2028 and U+2029 are written as {@code \\uXXXX} escapes, so no text of the
 * article can close the element. Immutable and thread-safe.
 */
public final class JsonLd {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder().characterEscapes(new HtmlSafeEscapes()).build();

    private JsonLd() {}

    /**
     * Returns the schema.org JSON-LD of an article as one line of JSON.
     *
     * @param article the article; not null
     * @return the JSON-LD object, ready for a {@code <script type="application/ld+json">}
     *     element; never null
     */
    public static String write(Article article) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            writeArticle(article, gen);
        } catch (IOException e) {
            // a StringWriter does not fail; the generator does not either for the model's values
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeArticle(Article a, JsonGenerator gen) throws IOException {
        String id = a.canonicalUrl().map(URI::toString).orElse("#article");
        gen.writeStartObject();
        gen.writeStringField("@context", "https://schema.org");
        gen.writeStringField("@type", "NewsArticle");
        gen.writeStringField("@id", id);
        gen.writeStringField("headline", a.title());
        if (a.subtitle().isPresent()) {
            gen.writeStringField("alternativeHeadline", a.subtitle().get());
        }
        if (a.summary().isPresent()) {
            gen.writeStringField("description", a.summary().get());
        }
        gen.writeStringField("inLanguage", a.locale().toLanguageTag());
        if (a.canonicalUrl().isPresent()) {
            gen.writeStringField("url", id);
            gen.writeObjectFieldStart("mainEntityOfPage");
            gen.writeStringField("@type", "WebPage");
            gen.writeStringField("@id", id);
            gen.writeEndObject();
        }
        if (a.published().isPresent()) {
            gen.writeFieldName("datePublished");
            Writing.dateTime(gen, a.published().get());
        }
        if (a.modified().isPresent()) {
            gen.writeFieldName("dateModified");
            Writing.dateTime(gen, a.modified().get());
        }
        if (!a.authors().isEmpty()) {
            gen.writeArrayFieldStart("author");
            for (Author author : a.authors()) {
                writePerson(author, gen);
            }
            gen.writeEndArray();
        }
        if (a.image().isPresent()) {
            gen.writeFieldName("image");
            writeImage(a.image().get(), gen);
        }
        gen.writeNumberField("wordCount", a.wordCount());
        strings(gen, "keywords", a.tags());
        strings(gen, "articleSection", a.categories());
        if (!a.translations().isEmpty()) {
            gen.writeArrayFieldStart("workTranslation");
            for (Translation t : a.translations()) {
                gen.writeStartObject();
                gen.writeStringField("@type", "NewsArticle");
                gen.writeStringField("@id", t.url().toString());
                gen.writeStringField("url", t.url().toString());
                gen.writeStringField("inLanguage", t.locale().toLanguageTag());
                if (t.title().isPresent()) {
                    gen.writeStringField("headline", t.title().get());
                }
                gen.writeObjectFieldStart("translationOfWork");
                gen.writeStringField("@id", id);
                gen.writeEndObject();
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    private static void writePerson(Author author, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("@type", "Person");
        gen.writeStringField("name", author.name());
        if (author.url().isPresent()) {
            gen.writeStringField("url", author.url().get().toString());
        }
        if (author.bio().isPresent()) {
            gen.writeStringField("description", author.bio().get());
        }
        if (author.image().isPresent()) {
            gen.writeFieldName("image");
            writeImage(author.image().get(), gen);
        }
        if (!author.languages().isEmpty()) {
            gen.writeArrayFieldStart("knowsLanguage");
            for (LanguageSkill skill : author.languages()) {
                gen.writeString(skill.language().toLanguageTag());
            }
            gen.writeEndArray();
        }
        strings(gen, "knowsAbout", author.expertise());
        if (!author.affiliations().isEmpty()) {
            gen.writeArrayFieldStart("affiliation");
            for (String organization : author.affiliations()) {
                gen.writeStartObject();
                gen.writeStringField("@type", "Organization");
                gen.writeStringField("name", organization);
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        if (!author.sameAs().isEmpty()) {
            gen.writeArrayFieldStart("sameAs");
            for (URI uri : author.sameAs()) {
                gen.writeString(uri.toString());
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    private static void writeImage(Image image, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("@type", "ImageObject");
        gen.writeStringField("url", image.url().toString());
        if (image.width().isPresent()) {
            gen.writeNumberField("width", image.width().getAsInt());
        }
        if (image.height().isPresent()) {
            gen.writeNumberField("height", image.height().getAsInt());
        }
        if (image.caption().isPresent()) {
            gen.writeStringField("caption", image.caption().get());
        }
        if (image.alt().isPresent()) {
            gen.writeStringField("description", image.alt().get());
        }
        if (image.credit().isPresent()) {
            gen.writeStringField("creditText", image.credit().get());
        }
        gen.writeEndObject();
    }

    private static void strings(JsonGenerator gen, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        gen.writeArrayFieldStart(name);
        for (String v : values) {
            gen.writeString(v);
        }
        gen.writeEndArray();
    }

    /** Escapes the characters that could end a {@code script} element or break JavaScript. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            int[] e = CharacterEscapes.standardAsciiEscapesForJSON();
            e['<'] = CharacterEscapes.ESCAPE_STANDARD;
            e['>'] = CharacterEscapes.ESCAPE_STANDARD;
            e['&'] = CharacterEscapes.ESCAPE_STANDARD;
            this.escapes = e;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04X", ch));
            }
            return null;
        }
    }
}
