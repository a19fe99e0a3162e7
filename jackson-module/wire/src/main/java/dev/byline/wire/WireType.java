package dev.byline.wire;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.Image;
import dev.byline.LanguageSkill;
import dev.byline.RelatedPost;
import dev.byline.Correction;
import dev.byline.Translation;
import dev.byline.TranslationSource;
import dev.byline.Translator;
import java.io.IOException;
import java.util.List;

/**
 * One model type of the wire format with its reader and writer: what an adapter registers, in a
 * loop over {@link #ALL}, so neither adapter lists the types or their (de)serializers by hand.
 * Immutable and thread-safe. Not API.
 *
 * @param <T> the model type
 */
public final class WireType<T> {

    /** Reads a value whose first token is current. */
    public interface Reader<T> {
        T read(JsonIn in, ReadOptions options) throws IOException;
    }

    /** Writes a value. */
    public interface Writer<T> {
        void write(T value, JsonOut out) throws IOException;
    }

    /** The article: the document type, with the root-level rules in the adapters. */
    public static final WireType<Article> ARTICLE =
            new WireType<>(Article.class, PropertyTable.ARTICLE, ArticleReader::read, ModelWriter::article);

    /** Every type of the wire format, the article first. */
    public static final List<WireType<?>> ALL = List.of(ARTICLE,
            new WireType<>(Author.class, PropertyTable.AUTHOR, AuthorReader::read, ModelWriter::author),
            new WireType<>(LanguageSkill.class, PropertyTable.LANGUAGE_SKILL, LanguageSkillReader::read,
                    ModelWriter::languageSkill),
            new WireType<>(Translation.class, PropertyTable.TRANSLATION, TranslationReader::read,
                    ModelWriter::translation),
            new WireType<>(RelatedPost.class, PropertyTable.RELATED_POST, RelatedPostReader::read,
                    ModelWriter::relatedPost),
            new WireType<>(Image.class, PropertyTable.IMAGE_TABLE, ImageReader::read, ModelWriter::image),
            new WireType<>(Body.class, PropertyTable.BODY_TABLE, BodyReader::read, ModelWriter::body),
            new WireType<>(TranslationSource.class, PropertyTable.TRANSLATION_SOURCE, TranslationSourceReader::read,
                    ModelWriter::translationSource),
            new WireType<>(Translator.class, PropertyTable.TRANSLATOR, TranslatorReader::read, ModelWriter::translator),
            new WireType<>(Correction.class, PropertyTable.CORRECTION, CorrectionReader::read, ModelWriter::correction));

    private final Class<T> type;
    private final PropertyTable table;
    private final Reader<T> reader;
    private final Writer<T> writer;

    private WireType(Class<T> type, PropertyTable table, Reader<T> reader, Writer<T> writer) {
        this.type = type;
        this.table = table;
        this.reader = reader;
        this.writer = writer;
    }

    /** The model class. */
    public Class<T> type() {
        return type;
    }

    /** The type's property table. */
    public PropertyTable table() {
        return table;
    }

    /** Reads a value of this type. */
    public T read(JsonIn in, ReadOptions options) throws IOException {
        return reader.read(in, options);
    }

    /**
     * Reads a value of this type as a deserializer does: an article read as the root value must
     * also be the whole input, unless the options allow more (then one more token is read).
     */
    public T readValue(JsonIn in, ReadOptions options) throws IOException {
        T value = reader.read(in, options);
        if (this == ARTICLE && options.failOnTrailingTokens() && in.inRoot() && in.next() != Token.NONE) {
            throw WireException.mismatch(type, WireFormat.trailingTokens(in.tokenName()));
        }
        return value;
    }

    /** Tells whether a JSON {@code null} read as the root value is an error for this type. */
    public boolean refusesNullDocument() {
        return this == ARTICLE;
    }

    /** Writes a value of this type. */
    public void write(T value, JsonOut out) throws IOException {
        writer.write(value, out);
    }
}
