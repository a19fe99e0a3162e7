package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.byline.Article;
import dev.byline.Author;
import dev.byline.RelatedPost;
import dev.byline.Translation;
import java.io.IOException;

/**
 * Writes an {@link Article} as a wire format v1 document: {@code schemaVersion} first, the
 * known properties in the documented order, absent optional values and empty lists left out,
 * then the extensions in their order.
 */
final class ArticleSerializer extends StdSerializer<Article> {

    private static final long serialVersionUID = 1L;
    private static final SerializableString SCHEMA_VERSION = Writing.name("schemaVersion");
    private static final SerializableString ID = Writing.name("id");
    private static final SerializableString LOCALE = Writing.name("locale");
    private static final SerializableString TITLE = Writing.name("title");
    private static final SerializableString SUBTITLE = Writing.name("subtitle");
    private static final SerializableString SLUG = Writing.name("slug");
    private static final SerializableString SUMMARY = Writing.name("summary");
    private static final SerializableString BODY = Writing.name("body");
    private static final SerializableString STATUS = Writing.name("status");
    private static final SerializableString PUBLISHED = Writing.name("published");
    private static final SerializableString MODIFIED = Writing.name("modified");
    private static final SerializableString CANONICAL_URL = Writing.name("canonicalUrl");
    private static final SerializableString AUTHORS = Writing.name("authors");
    private static final SerializableString CATEGORIES = Writing.name("categories");
    private static final SerializableString TAGS = Writing.name("tags");
    private static final SerializableString IMAGE = Writing.name("image");
    private static final SerializableString TRANSLATIONS = Writing.name("translations");
    private static final SerializableString RELATED = Writing.name("related");

    ArticleSerializer() {
        super(Article.class);
    }

    @Override
    public void serialize(Article value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(Article a, JsonGenerator gen) throws IOException {
        gen.writeStartObject(a);
        gen.writeFieldName(SCHEMA_VERSION);
        gen.writeNumber(BylineJsonVersion.SCHEMA_VERSION);
        gen.writeFieldName(ID);
        gen.writeString(a.id());
        gen.writeFieldName(LOCALE);
        gen.writeString(a.locale().toLanguageTag());
        gen.writeFieldName(TITLE);
        gen.writeString(a.title());
        if (a.subtitle().isPresent()) {
            gen.writeFieldName(SUBTITLE);
            gen.writeString(a.subtitle().get());
        }
        gen.writeFieldName(SLUG);
        gen.writeString(a.slug().value());
        if (a.summary().isPresent()) {
            gen.writeFieldName(SUMMARY);
            gen.writeString(a.summary().get());
        }
        gen.writeFieldName(BODY);
        BodySerializer.write(a.body(), gen);
        gen.writeFieldName(STATUS);
        gen.writeString(a.status().wireName());
        if (a.published().isPresent()) {
            gen.writeFieldName(PUBLISHED);
            Writing.dateTime(gen, a.published().get());
        }
        if (a.modified().isPresent()) {
            gen.writeFieldName(MODIFIED);
            Writing.dateTime(gen, a.modified().get());
        }
        if (a.canonicalUrl().isPresent()) {
            gen.writeFieldName(CANONICAL_URL);
            Writing.uri(gen, a.canonicalUrl().get());
        }
        if (!a.authors().isEmpty()) {
            gen.writeFieldName(AUTHORS);
            gen.writeStartArray(a.authors(), a.authors().size());
            for (Author author : a.authors()) {
                AuthorSerializer.write(author, gen);
            }
            gen.writeEndArray();
        }
        Writing.strings(gen, CATEGORIES, a.categories());
        Writing.strings(gen, TAGS, a.tags());
        if (a.image().isPresent()) {
            gen.writeFieldName(IMAGE);
            ImageSerializer.write(a.image().get(), gen);
        }
        if (!a.translations().isEmpty()) {
            gen.writeFieldName(TRANSLATIONS);
            gen.writeStartArray(a.translations(), a.translations().size());
            for (Translation t : a.translations()) {
                TranslationSerializer.write(t, gen);
            }
            gen.writeEndArray();
        }
        if (!a.related().isEmpty()) {
            gen.writeFieldName(RELATED);
            gen.writeStartArray(a.related(), a.related().size());
            for (RelatedPost r : a.related()) {
                RelatedPostSerializer.write(r, gen);
            }
            gen.writeEndArray();
        }
        Writing.extensions(gen, a.extensions());
        gen.writeEndObject();
    }
}
