package dev.byline.wire;

import static dev.byline.wire.Property.*;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.Extensions;
import dev.byline.Image;
import dev.byline.LanguageSkill;
import dev.byline.RelatedPost;
import dev.byline.Correction;
import dev.byline.Slug;
import dev.byline.Translation;
import dev.byline.TranslationSource;
import dev.byline.Translator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes every model type as wire format v1: the known properties in their table's order, absent
 * optional values and empty lists left out, then the extensions in their order, numbers from
 * their decimal text (so {@code 1.50} stays {@code 1.50}). An article starts with
 * {@code schemaVersion}. Not API.
 */
public final class ModelWriter {

    private ModelWriter() {}

    /** Writes an article document. */
    public static void article(Article a, JsonOut out) throws IOException {
        out.startObject(a);
        out.name(SCHEMA_VERSION);
        out.number(WireFormat.SCHEMA_VERSION);
        out.name(ID);
        out.string(a.id());
        out.name(LOCALE);
        out.string(a.locale().toLanguageTag());
        out.name(TITLE);
        out.string(a.title());
        if (a.subtitle().isPresent()) {
            out.name(SUBTITLE);
            out.string(a.subtitle().get());
        }
        out.name(SLUG);
        out.string(a.slug().value());
        slugs(out, a.previousSlugs());
        if (a.summary().isPresent()) {
            out.name(SUMMARY);
            out.string(a.summary().get());
        }
        out.name(BODY);
        body(a.body(), out);
        out.name(STATUS);
        out.string(a.status().wireName());
        if (a.published().isPresent()) {
            out.name(PUBLISHED);
            dateTime(out, a.published().get());
        }
        if (a.modified().isPresent()) {
            out.name(MODIFIED);
            dateTime(out, a.modified().get());
        }
        if (a.canonicalUrl().isPresent()) {
            out.name(CANONICAL_URL);
            out.string(a.canonicalUrl().get().toASCIIString());
        }
        if (!a.authors().isEmpty()) {
            out.name(AUTHORS);
            out.startArray(a.authors(), a.authors().size());
            for (Author author : a.authors()) {
                author(author, out);
            }
            out.endArray();
        }
        strings(out, CATEGORIES, a.categories());
        strings(out, TAGS, a.tags());
        if (a.image().isPresent()) {
            out.name(IMAGE);
            image(a.image().get(), out);
        }
        if (a.translationOf().isPresent()) {
            out.name(TRANSLATION_OF);
            translationSource(a.translationOf().get(), out);
        }
        if (!a.translations().isEmpty()) {
            out.name(TRANSLATIONS);
            out.startArray(a.translations(), a.translations().size());
            for (Translation t : a.translations()) {
                translation(t, out);
            }
            out.endArray();
        }
        if (!a.related().isEmpty()) {
            out.name(RELATED);
            out.startArray(a.related(), a.related().size());
            for (RelatedPost r : a.related()) {
                relatedPost(r, out);
            }
            out.endArray();
        }
        if (!a.corrections().isEmpty()) {
            out.name(CORRECTIONS);
            out.startArray(a.corrections(), a.corrections().size());
            for (Correction c : a.corrections()) {
                correction(c, out);
            }
            out.endArray();
        }
        extensions(out, a.extensions());
        out.endObject();
    }

    /** Writes an author. */
    public static void author(Author author, JsonOut out) throws IOException {
        out.startObject(author);
        out.name(ID);
        out.string(author.id());
        out.name(NAME);
        out.string(author.name());
        if (author.bio().isPresent()) {
            out.name(BIO);
            out.string(author.bio().get());
        }
        strings(out, AFFILIATIONS, author.affiliations());
        strings(out, EXPERTISE, author.expertise());
        if (!author.languages().isEmpty()) {
            out.name(LANGUAGES);
            out.startArray(author.languages(), author.languages().size());
            for (LanguageSkill skill : author.languages()) {
                languageSkill(skill, out);
            }
            out.endArray();
        }
        if (author.url().isPresent()) {
            out.name(URL);
            out.string(author.url().get().toASCIIString());
        }
        if (author.image().isPresent()) {
            out.name(IMAGE);
            image(author.image().get(), out);
        }
        if (!author.sameAs().isEmpty()) {
            out.name(SAME_AS);
            out.startArray(author.sameAs(), author.sameAs().size());
            for (URI uri : author.sameAs()) {
                out.string(uri.toASCIIString());
            }
            out.endArray();
        }
        extensions(out, author.extensions());
        out.endObject();
    }

    /** Writes a language skill. */
    public static void languageSkill(LanguageSkill skill, JsonOut out) throws IOException {
        out.startObject(skill);
        out.name(LANGUAGE);
        out.string(skill.language().toLanguageTag());
        out.name(PROFICIENCY);
        out.string(skill.proficiency().wireName());
        if (skill.cefr().isPresent()) {
            out.name(CEFR);
            out.string(skill.cefr().get().wireName());
        }
        extensions(out, skill.extensions());
        out.endObject();
    }

    /** Writes a translation link. */
    public static void translation(Translation translation, JsonOut out) throws IOException {
        out.startObject(translation);
        out.name(LOCALE);
        out.string(translation.locale().toLanguageTag());
        out.name(URL);
        out.string(translation.url().toASCIIString());
        if (translation.title().isPresent()) {
            out.name(TITLE);
            out.string(translation.title().get());
        }
        if (translation.slug().isPresent()) {
            out.name(SLUG);
            out.string(translation.slug().get().value());
        }
        slugs(out, translation.previousSlugs());
        if (translation.method().isPresent()) {
            out.name(METHOD);
            out.string(translation.method().get().wireName());
        }
        if (translation.sourceModified().isPresent()) {
            out.name(SOURCE_MODIFIED);
            dateTime(out, translation.sourceModified().get());
        }
        extensions(out, translation.extensions());
        out.endObject();
    }

    /** Writes where an edition was translated from. */
    public static void translationSource(TranslationSource source, JsonOut out) throws IOException {
        out.startObject(source);
        out.name(LOCALE);
        out.string(source.locale().toLanguageTag());
        if (source.id().isPresent()) {
            out.name(ID);
            out.string(source.id().get());
        }
        if (source.url().isPresent()) {
            out.name(URL);
            out.string(source.url().get().toASCIIString());
        }
        if (source.sourceModified().isPresent()) {
            out.name(SOURCE_MODIFIED);
            dateTime(out, source.sourceModified().get());
        }
        out.name(METHOD);
        out.string(source.method().wireName());
        if (!source.translators().isEmpty()) {
            out.name(TRANSLATORS);
            out.startArray(source.translators(), source.translators().size());
            for (Translator t : source.translators()) {
                translator(t, out);
            }
            out.endArray();
        }
        extensions(out, source.extensions());
        out.endObject();
    }

    /** Writes a translator. */
    public static void translator(Translator translator, JsonOut out) throws IOException {
        out.startObject(translator);
        out.name(NAME);
        out.string(translator.name());
        out.name(TYPE);
        out.string(translator.type().wireName());
        if (translator.authorId().isPresent()) {
            out.name(AUTHOR_ID);
            out.string(translator.authorId().get());
        }
        extensions(out, translator.extensions());
        out.endObject();
    }

    /** Writes a correction. */
    public static void correction(Correction correction, JsonOut out) throws IOException {
        out.startObject(correction);
        out.name(DATE);
        dateTime(out, correction.date());
        out.name(TEXT);
        out.string(correction.text());
        extensions(out, correction.extensions());
        out.endObject();
    }

    private static void slugs(JsonOut out, List<Slug> slugs) throws IOException {
        if (slugs.isEmpty()) {
            return;
        }
        out.name(PREVIOUS_SLUGS);
        out.startArray(slugs, slugs.size());
        for (Slug s : slugs) {
            out.string(s.value());
        }
        out.endArray();
    }

    /** Writes a related post. */
    public static void relatedPost(RelatedPost post, JsonOut out) throws IOException {
        out.startObject(post);
        out.name(TITLE);
        out.string(post.title());
        out.name(URL);
        out.string(post.url().toASCIIString());
        if (post.slug().isPresent()) {
            out.name(SLUG);
            out.string(post.slug().get().value());
        }
        if (post.locale().isPresent()) {
            out.name(LOCALE);
            out.string(post.locale().get().toLanguageTag());
        }
        if (post.published().isPresent()) {
            out.name(PUBLISHED);
            dateTime(out, post.published().get());
        }
        if (post.image().isPresent()) {
            out.name(IMAGE);
            image(post.image().get(), out);
        }
        if (post.summary().isPresent()) {
            out.name(SUMMARY);
            out.string(post.summary().get());
        }
        extensions(out, post.extensions());
        out.endObject();
    }

    /** Writes an image. */
    public static void image(Image image, JsonOut out) throws IOException {
        out.startObject(image);
        out.name(URL);
        out.string(image.url().toASCIIString());
        if (image.alt().isPresent()) {
            out.name(ALT);
            out.string(image.alt().get());
        }
        if (image.width().isPresent()) {
            out.name(WIDTH);
            out.number(image.width().getAsInt());
        }
        if (image.height().isPresent()) {
            out.name(HEIGHT);
            out.number(image.height().getAsInt());
        }
        if (image.caption().isPresent()) {
            out.name(CAPTION);
            out.string(image.caption().get());
        }
        if (image.credit().isPresent()) {
            out.name(CREDIT);
            out.string(image.credit().get());
        }
        extensions(out, image.extensions());
        out.endObject();
    }

    /** Writes a body. */
    public static void body(Body body, JsonOut out) throws IOException {
        out.startObject(body);
        out.name(FORMAT);
        out.string(body.format().wireName());
        out.name(CONTENT);
        out.string(body.content());
        extensions(out, body.extensions());
        out.endObject();
    }

    /** An RFC 3339 date-time with offset; seconds always written, fraction only when present. */
    static void dateTime(JsonOut out, OffsetDateTime time) throws IOException {
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            throw WireException.write(OffsetDateTime.class,
                    "cannot write " + time + ": RFC 3339 dates have four-digit years");
        }
        out.string(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time));
    }

    private static void strings(JsonOut out, Property name, List<String> values) throws IOException {
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

    /** Writes each extension as a property of the object being written, in order. */
    private static void extensions(JsonOut out, Extensions extensions) throws IOException {
        if (extensions.isEmpty()) {
            return;
        }
        for (Map.Entry<String, @Nullable Object> e : extensions.asMap().entrySet()) {
            out.name(e.getKey());
            value(out, e.getValue());
        }
    }

    private static void value(JsonOut out, @Nullable Object value) throws IOException {
        if (value == null) {
            out.nullValue();
        } else if (value instanceof String) {
            out.string((String) value);
        } else if (value instanceof Boolean) {
            out.bool((Boolean) value);
        } else if (value instanceof BigInteger) {
            out.numberText(value.toString());
        } else if (value instanceof BigDecimal) {
            // the number's own decimal text: exact, and independent of the host's BigDecimal
            // settings. A decimal of scale 0 (read from 1e0 or 5E+0) would print as an integer
            // and come back as a BigInteger: it keeps an exponent so that it stays a decimal.
            BigDecimal d = (BigDecimal) value;
            out.numberText(d.scale() == 0 ? d.unscaledValue() + "E+0" : d.toString());
        } else if (value instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) value;
            out.startObject(map);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.name((String) e.getKey());
                value(out, e.getValue());
            }
            out.endObject();
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            out.startArray(list, list.size());
            for (Object element : list) {
                value(out, element);
            }
            out.endArray();
        } else {
            // Extensions admits nothing else; a new kind of value must be added here first
            throw WireException.write(value.getClass(), "cannot write extension value of " + value.getClass());
        }
    }
}
