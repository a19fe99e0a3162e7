package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.byline.Article;
import dev.byline.InvalidArticleException;
import dev.byline.Limits;
import dev.byline.Slug;
import dev.byline.Status;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads an {@link Article} of wire format v1 through {@code Article.builder()}, with the
 * document-level rules: {@code schemaVersion} must be 1, the document must not exceed the
 * configured length and, when the article is the root value, nothing may follow it.
 */
final class ArticleDeserializer extends StdDeserializer<Article> {

    private static final long serialVersionUID = 1L;
    static final List<Object> KNOWN = List.of("schemaVersion", "id", "locale", "title", "subtitle", "slug",
            "summary", "body", "status", "published", "modified", "canonicalUrl", "authors", "categories", "tags",
            "image", "translations", "related");

    private final Settings settings;

    ArticleDeserializer(Settings settings) {
        super(Article.class);
        this.settings = settings;
    }

    @Override
    public Article deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Article article;
        try {
            article = read(p, settings);
        } catch (JsonParseException | StreamConstraintsException e) {
            // malformed or over-limit JSON, found by the parser: name where in the document it broke
            throw new JsonParseException(p, Paths.of(p.getParsingContext()) + ": " + e.getOriginalMessage(),
                    e.getLocation(), e);
        }
        if (settings.failOnTrailingTokens && p.getParsingContext().inRoot()) {
            JsonToken next = p.nextToken();
            if (next != null) {
                throw MismatchedInputException.from(p, Article.class, "$: must be the whole document, but "
                        + next + " follows the article (trailing tokens; see BylineModule.withFailOnTrailingTokens)");
            }
        }
        return article;
    }

    /**
     * A JSON {@code null} where an article document should be is an error; inside a host's own
     * object a null article stays the host's business.
     */
    @Override
    public @Nullable Article getNullValue(DeserializationContext ctxt) throws MismatchedInputException {
        JsonParser p = ctxt.getParser();
        if (p != null && p.getParsingContext().inRoot()) {
            throw MismatchedInputException.from(p, Article.class, "$: must be an article object, not null");
        }
        return null;
    }

    static Article read(JsonParser p, Settings settings) throws IOException {
        Class<?> type = Article.class;
        Reading.startObject(p, type);
        long start = Reading.tokenOffset(p);
        Article.Builder b = Article.builder();
        boolean version = false;
        String id = null;
        Locale locale = null;
        String title = null;
        Slug slug = null;
        dev.byline.Body body = null;
        Status status = null;
        Map<String, @Nullable Object> extensions = null;
        int seen = 0;
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            switch (name) {
                case "schemaVersion":
                    seen = Reading.once(p, type, seen, 1);
                    Reading.schemaVersion(p, type);
                    version = true;
                    break;
                case "id":
                    seen = Reading.once(p, type, seen, 1 << 1);
                    id = Reading.string(p, type);
                    break;
                case "locale":
                    seen = Reading.once(p, type, seen, 1 << 2);
                    locale = Reading.locale(p, type);
                    break;
                case "title":
                    seen = Reading.once(p, type, seen, 1 << 3);
                    title = Reading.string(p, type);
                    break;
                case "subtitle":
                    seen = Reading.once(p, type, seen, 1 << 4);
                    b.subtitle(Reading.string(p, type));
                    break;
                case "slug":
                    seen = Reading.once(p, type, seen, 1 << 5);
                    slug = Reading.slug(p, type);
                    break;
                case "summary":
                    seen = Reading.once(p, type, seen, 1 << 6);
                    b.summary(Reading.string(p, type));
                    break;
                case "body":
                    seen = Reading.once(p, type, seen, 1 << 7);
                    body = BodyDeserializer.read(p, settings);
                    break;
                case "status":
                    seen = Reading.once(p, type, seen, 1 << 8);
                    status = Reading.word(p, type, Status::fromWireName, "draft, scheduled, published, withdrawn");
                    break;
                case "published":
                    seen = Reading.once(p, type, seen, 1 << 9);
                    b.published(Reading.dateTime(p, type));
                    break;
                case "modified":
                    seen = Reading.once(p, type, seen, 1 << 10);
                    b.modified(Reading.dateTime(p, type));
                    break;
                case "canonicalUrl":
                    seen = Reading.once(p, type, seen, 1 << 11);
                    b.canonicalUrl(Reading.uri(p, type));
                    break;
                case "authors":
                    seen = Reading.once(p, type, seen, 1 << 12);
                    Reading.list(p, type, settings, start, q -> AuthorDeserializer.read(q, settings, start), b::addAuthor);
                    break;
                case "categories":
                    seen = Reading.once(p, type, seen, 1 << 13);
                    Reading.strings(p, type, settings, start, Limits.MAX_TERM_LENGTH, b::addCategory);
                    break;
                case "tags":
                    seen = Reading.once(p, type, seen, 1 << 14);
                    Reading.strings(p, type, settings, start, Limits.MAX_TERM_LENGTH, b::addTag);
                    break;
                case "image":
                    seen = Reading.once(p, type, seen, 1 << 15);
                    b.image(ImageDeserializer.read(p, settings));
                    break;
                case "translations":
                    seen = Reading.once(p, type, seen, 1 << 16);
                    Reading.list(p, type, settings, start, q -> TranslationDeserializer.read(q, settings), b::addTranslation);
                    break;
                case "related":
                    seen = Reading.once(p, type, seen, 1 << 17);
                    Reading.list(p, type, settings, start, q -> RelatedPostDeserializer.read(q, settings), b::addRelated);
                    break;
                default:
                    extensions = Reading.unknown(p, type, settings, extensions, name, KNOWN);
            }
            Reading.checkLength(p, type, settings, start);
        }
        if (!version) {
            Reading.required(p, type, null, "schemaVersion");
        }
        b.id(Reading.required(p, type, id, "id"))
                .locale(Reading.required(p, type, locale, "locale"))
                .title(Reading.required(p, type, title, "title"))
                .slug(Reading.required(p, type, slug, "slug"))
                .body(Reading.required(p, type, body, "body"))
                .status(Reading.required(p, type, status, "status"))
                .extensions(Reading.extensions(p, type, extensions));
        try {
            return b.build();
        } catch (InvalidArticleException e) {
            throw Reading.invalid(p, type, e);
        }
    }
}
