package dev.byline.wire;

import dev.byline.Article;
import dev.byline.Body;
import dev.byline.InvalidArticleException;
import dev.byline.Limits;
import dev.byline.Slug;
import dev.byline.Status;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link Article} of wire format v1 through {@code Article.builder()}, with the
 * document-level rules: {@code schemaVersion} must be 1 and the document must not exceed the
 * configured length. (Whether anything may follow a root article is the adapter's check, as it
 * needs the parser's view of the whole input.) Not API.
 */
public final class ArticleReader {

    private static final PropertyTable TABLE = PropertyTable.ARTICLE;

    private ArticleReader() {}

    /** Reads the article whose object starts at the current token. */
    public static Article read(JsonIn in, ReadOptions options) throws IOException {
        Class<?> type = Article.class;
        Values.startObject(in, type);
        long start = in.tokenOffset();
        Article.Builder b = Article.builder();
        boolean version = false;
        String id = null;
        Locale locale = null;
        String title = null;
        Slug slug = null;
        Body body = null;
        Status status = null;
        Map<String, @Nullable Object> extensions = null;
        long seen = 0;
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            in.next();
            Property property = TABLE.find(name);
            if (property == null) {
                extensions = Values.unknown(in, type, options, extensions, name, TABLE);
                Values.checkLength(in, type, options, start);
                continue;
            }
            seen = Values.once(in, type, seen, property);
            switch (property) {
                case SCHEMA_VERSION:
                    Values.schemaVersion(in, type);
                    version = true;
                    break;
                case ID:
                    id = Values.string(in, type);
                    break;
                case LOCALE:
                    locale = Values.locale(in, type);
                    break;
                case TITLE:
                    title = Values.string(in, type);
                    break;
                case SUBTITLE:
                    b.subtitle(Values.string(in, type));
                    break;
                case SLUG:
                    slug = Values.slug(in, type);
                    break;
                case PREVIOUS_SLUGS:
                    Values.list(in, type, options, start, q -> Values.slug(q, type), b::addPreviousSlug);
                    break;
                case TRANSLATION_OF:
                    b.translationOf(TranslationSourceReader.read(in, options));
                    break;
                case CORRECTIONS:
                    Values.list(in, type, options, start, q -> CorrectionReader.read(q, options), b::addCorrection);
                    break;
                case SUMMARY:
                    b.summary(Values.string(in, type));
                    break;
                case BODY:
                    body = BodyReader.read(in, options);
                    break;
                case STATUS:
                    status = Values.word(in, type, Status::fromWireName, "draft, scheduled, published, withdrawn");
                    break;
                case PUBLISHED:
                    b.published(Values.dateTime(in, type));
                    break;
                case MODIFIED:
                    b.modified(Values.dateTime(in, type));
                    break;
                case CANONICAL_URL:
                    b.canonicalUrl(Values.uri(in, type));
                    break;
                case AUTHORS:
                    Values.list(in, type, options, start, q -> AuthorReader.read(q, options, start), b::addAuthor);
                    break;
                case CATEGORIES:
                    Values.strings(in, type, options, start, Limits.MAX_TERM_LENGTH, b::addCategory);
                    break;
                case TAGS:
                    Values.strings(in, type, options, start, Limits.MAX_TERM_LENGTH, b::addTag);
                    break;
                case IMAGE:
                    b.image(ImageReader.read(in, options));
                    break;
                case TRANSLATIONS:
                    Values.list(in, type, options, start, q -> TranslationReader.read(q, options), b::addTranslation);
                    break;
                case RELATED:
                    Values.list(in, type, options, start, q -> RelatedPostReader.read(q, options), b::addRelated);
                    break;
                default:
                    throw new IllegalStateException("no reader for " + property);
            }
            Values.checkLength(in, type, options, start);
        }
        if (!version) {
            Values.required(in, type, null, Property.SCHEMA_VERSION);
        }
        b.id(Values.required(in, type, id, Property.ID))
                .locale(Values.required(in, type, locale, Property.LOCALE))
                .title(Values.required(in, type, title, Property.TITLE))
                .slug(Values.required(in, type, slug, Property.SLUG))
                .body(Values.required(in, type, body, Property.BODY))
                .status(Values.required(in, type, status, Property.STATUS))
                .extensions(Values.extensions(in, type, extensions));
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Values.invalid(in, type, e);
        }
    }
}
