package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.byline.Article;
import dev.byline.web.JsonLdOptions;
import dev.byline.wire.JsonLdWriter;
import dev.byline.wire.WireException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
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
 * {@code workTranslation} whose {@code translationOfWork} points back to the article. With
 * {@link JsonLdOptions}, also {@code publisher} (an {@code Organization} with {@code name},
 * {@code url} and {@code logo}) and {@code isAccessibleForFree}. Absent values are left out.
 * Every type and property is part of the
 * schema.org vocabulary for the type it appears on.
 *
 * <p>Identifiers are never relative, so that the output means the same to a JSON-LD processor
 * outside the page: the article is {@code <page>#article} and its {@code mainEntityOfPage} is
 * the distinct {@code WebPage} node {@code <page>}, where the page is the canonical URL, or else
 * the page URL given in the options; with neither, the article has no {@code @id}. A
 * translation is named {@code <its URL>#article} the same way. URLs are written in their ASCII,
 * percent-encoded form.
 *
 * <p>Only published articles are written: structured data is for a page search engines may
 * index, and a draft, a scheduled or a withdrawn article is not one (its preview or notice page
 * should carry none).
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
     * @throws IllegalArgumentException if the article is not published, or a date of the
     *     article has a year outside 0000–9999, which RFC 3339 cannot write
     */
    public static String write(Article article) {
        return write(article, JsonLdOptions.defaults());
    }

    /**
     * Returns the schema.org JSON-LD of an article with site-level options (publisher, access,
     * the page URL for an article without a canonical URL) as one line of JSON.
     *
     * @param article the article; not null
     * @param options the site's options; not null
     * @return the JSON-LD object; never null
     * @throws IllegalArgumentException if the article is not published, or a date of the
     *     article has a year outside 0000–9999, which RFC 3339 cannot write
     */
    public static String write(Article article, JsonLdOptions options) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(options, "options");
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            JsonLdWriter.write(article, options, new GeneratorOutput(gen));
        } catch (WireException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
            // a StringWriter does not fail; the generator does not either for the model's values
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Escapes the characters that could end a {@code script} element or break JavaScript. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            int[] e = CharacterEscapes.standardAsciiEscapesForJSON();
            for (char c : JsonLdWriter.ESCAPED_ASCII.toCharArray()) {
                e[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
            this.escapes = e;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public @Nullable SerializableString getEscapeSequence(int ch) {
            return JsonLdWriter.isEscapedOutsideAscii(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
