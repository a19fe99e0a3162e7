package dev.byline.benchmarks.json;

import dev.byline.benchmarks.json.Records.ArticleRecord;
import dev.byline.benchmarks.json.Records.AuthorRecord;
import dev.byline.benchmarks.json.Records.BodyRecord;
import dev.byline.benchmarks.json.Records.ImageRecord;
import dev.byline.benchmarks.json.Records.RelatedRecord;
import dev.byline.benchmarks.json.Records.SkillRecord;
import dev.byline.benchmarks.json.Records.TranslationRecord;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@link HandCodec} for Jackson 3: the same minimal streaming codec, line for line, over
 * {@code tools.jackson.core}'s parser and generator (default factory settings), so that the
 * Jackson 3 peers are measured the way the Jackson 2 ones are. Only the renamed calls differ
 * ({@code nextName}, {@code getString}, {@code write...Property}, {@code writeName}, the empty
 * read and write contexts of parser and generator); failures are unchecked.
 */
final class HandCodec3 {

    private final JsonFactory factory = new JsonFactory();

    ArticleRecord read(byte[] json) {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
            p.nextToken();
            return article(p);
        }
    }

    byte[] write(ArticleRecord a) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            article(g, a);
        }
        return out.toByteArray();
    }

    private static String text(JsonParser p) {
        return p.getString();
    }

    private static OffsetDateTime date(JsonParser p) {
        return OffsetDateTime.parse(p.getString());
    }

    private static List<String> strings(JsonParser p) {
        List<String> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(p.getString());
        }
        return list;
    }

    private static ArticleRecord article(JsonParser p) {
        int version = 0;
        String id = null, title = null, subtitle = null, slug = null, summary = null, status = null;
        Locale locale = null;
        BodyRecord body = null;
        OffsetDateTime published = null, modified = null;
        URI canonical = null;
        List<AuthorRecord> authors = List.of();
        List<String> categories = List.of(), tags = List.of();
        ImageRecord image = null;
        List<TranslationRecord> translations = List.of();
        List<RelatedRecord> related = List.of();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "schemaVersion": version = p.getIntValue(); break;
                case "id": id = text(p); break;
                case "locale": locale = Locale.forLanguageTag(text(p)); break;
                case "title": title = text(p); break;
                case "subtitle": subtitle = text(p); break;
                case "slug": slug = text(p); break;
                case "summary": summary = text(p); break;
                case "body": body = body(p); break;
                case "status": status = text(p); break;
                case "published": published = date(p); break;
                case "modified": modified = date(p); break;
                case "canonicalUrl": canonical = URI.create(text(p)); break;
                case "authors": {
                    List<AuthorRecord> list = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        list.add(author(p));
                    }
                    authors = list;
                    break;
                }
                case "categories": categories = strings(p); break;
                case "tags": tags = strings(p); break;
                case "image": image = image(p); break;
                case "translations": {
                    List<TranslationRecord> list = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        list.add(translation(p));
                    }
                    translations = list;
                    break;
                }
                case "related": {
                    List<RelatedRecord> list = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        list.add(relatedPost(p));
                    }
                    related = list;
                    break;
                }
                default: p.skipChildren();
            }
        }
        return new ArticleRecord(version, id, locale, title, subtitle, slug, summary, body, status, published, modified,
                canonical, authors, categories, tags, image, translations, related);
    }

    private static BodyRecord body(JsonParser p) {
        String format = null, content = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "format": format = text(p); break;
                case "content": content = text(p); break;
                default: p.skipChildren();
            }
        }
        return new BodyRecord(format, content);
    }

    private static AuthorRecord author(JsonParser p) {
        String id = null, name = null, bio = null;
        List<String> affiliations = List.of(), expertise = List.of();
        List<SkillRecord> languages = List.of();
        URI url = null;
        ImageRecord image = null;
        List<URI> sameAs = List.of();
        for (String field = p.nextName(); field != null; field = p.nextName()) {
            p.nextToken();
            switch (field) {
                case "id": id = text(p); break;
                case "name": name = text(p); break;
                case "bio": bio = text(p); break;
                case "affiliations": affiliations = strings(p); break;
                case "expertise": expertise = strings(p); break;
                case "languages": {
                    List<SkillRecord> list = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        Locale language = null;
                        String proficiency = null, cefr = null;
                        for (String n = p.nextName(); n != null; n = p.nextName()) {
                            p.nextToken();
                            switch (n) {
                                case "language": language = Locale.forLanguageTag(text(p)); break;
                                case "proficiency": proficiency = text(p); break;
                                case "cefr": cefr = text(p); break;
                                default: p.skipChildren();
                            }
                        }
                        list.add(new SkillRecord(language, proficiency, cefr));
                    }
                    languages = list;
                    break;
                }
                case "url": url = URI.create(text(p)); break;
                case "image": image = image(p); break;
                case "sameAs": {
                    List<URI> list = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        list.add(URI.create(text(p)));
                    }
                    sameAs = list;
                    break;
                }
                default: p.skipChildren();
            }
        }
        return new AuthorRecord(id, name, bio, affiliations, expertise, languages, url, image, sameAs);
    }

    private static ImageRecord image(JsonParser p) {
        URI url = null;
        String alt = null, caption = null, credit = null;
        Integer width = null, height = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "url": url = URI.create(text(p)); break;
                case "alt": alt = text(p); break;
                case "width": width = p.getIntValue(); break;
                case "height": height = p.getIntValue(); break;
                case "caption": caption = text(p); break;
                case "credit": credit = text(p); break;
                default: p.skipChildren();
            }
        }
        return new ImageRecord(url, alt, width, height, caption, credit);
    }

    private static TranslationRecord translation(JsonParser p) {
        Locale locale = null;
        URI url = null;
        String title = null, slug = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "locale": locale = Locale.forLanguageTag(text(p)); break;
                case "url": url = URI.create(text(p)); break;
                case "title": title = text(p); break;
                case "slug": slug = text(p); break;
                default: p.skipChildren();
            }
        }
        return new TranslationRecord(locale, url, title, slug);
    }

    private static RelatedRecord relatedPost(JsonParser p) {
        String title = null, slug = null, summary = null;
        URI url = null;
        Locale locale = null;
        OffsetDateTime published = null;
        ImageRecord image = null;
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            switch (name) {
                case "title": title = text(p); break;
                case "url": url = URI.create(text(p)); break;
                case "slug": slug = text(p); break;
                case "locale": locale = Locale.forLanguageTag(text(p)); break;
                case "published": published = date(p); break;
                case "image": image = image(p); break;
                case "summary": summary = text(p); break;
                default: p.skipChildren();
            }
        }
        return new RelatedRecord(title, url, slug, locale, published, image, summary);
    }

    // ---- writing ----

    private static void field(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) {
        if (values != null && !values.isEmpty()) {
            g.writeArrayPropertyStart(name);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

    private static void date(JsonGenerator g, String name, OffsetDateTime value) {
        if (value != null) {
            g.writeStringProperty(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }

    private static void article(JsonGenerator g, ArticleRecord a) {
        g.writeStartObject();
        g.writeNumberProperty("schemaVersion", a.schemaVersion());
        field(g, "id", a.id());
        field(g, "locale", a.locale().toLanguageTag());
        field(g, "title", a.title());
        field(g, "subtitle", a.subtitle());
        field(g, "slug", a.slug());
        field(g, "summary", a.summary());
        g.writeObjectPropertyStart("body");
        field(g, "format", a.body().format());
        field(g, "content", a.body().content());
        g.writeEndObject();
        field(g, "status", a.status());
        date(g, "published", a.published());
        date(g, "modified", a.modified());
        if (a.canonicalUrl() != null) {
            g.writeStringProperty("canonicalUrl", a.canonicalUrl().toString());
        }
        if (!a.authors().isEmpty()) {
            g.writeArrayPropertyStart("authors");
            for (AuthorRecord au : a.authors()) {
                author(g, au);
            }
            g.writeEndArray();
        }
        strings(g, "categories", a.categories());
        strings(g, "tags", a.tags());
        if (a.image() != null) {
            g.writeName("image");
            image(g, a.image());
        }
        if (!a.translations().isEmpty()) {
            g.writeArrayPropertyStart("translations");
            for (TranslationRecord t : a.translations()) {
                g.writeStartObject();
                field(g, "locale", t.locale().toLanguageTag());
                field(g, "url", t.url().toString());
                field(g, "title", t.title());
                field(g, "slug", t.slug());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!a.related().isEmpty()) {
            g.writeArrayPropertyStart("related");
            for (RelatedRecord r : a.related()) {
                g.writeStartObject();
                field(g, "title", r.title());
                field(g, "url", r.url().toString());
                field(g, "slug", r.slug());
                if (r.locale() != null) {
                    field(g, "locale", r.locale().toLanguageTag());
                }
                date(g, "published", r.published());
                if (r.image() != null) {
                    g.writeName("image");
                    image(g, r.image());
                }
                field(g, "summary", r.summary());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void author(JsonGenerator g, AuthorRecord a) {
        g.writeStartObject();
        field(g, "id", a.id());
        field(g, "name", a.name());
        field(g, "bio", a.bio());
        strings(g, "affiliations", a.affiliations());
        strings(g, "expertise", a.expertise());
        if (!a.languages().isEmpty()) {
            g.writeArrayPropertyStart("languages");
            for (SkillRecord s : a.languages()) {
                g.writeStartObject();
                field(g, "language", s.language().toLanguageTag());
                field(g, "proficiency", s.proficiency());
                field(g, "cefr", s.cefr());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (a.url() != null) {
            g.writeStringProperty("url", a.url().toString());
        }
        if (a.image() != null) {
            g.writeName("image");
            image(g, a.image());
        }
        if (!a.sameAs().isEmpty()) {
            g.writeArrayPropertyStart("sameAs");
            for (URI u : a.sameAs()) {
                g.writeString(u.toString());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void image(JsonGenerator g, ImageRecord i) {
        g.writeStartObject();
        g.writeStringProperty("url", i.url().toString());
        field(g, "alt", i.alt());
        if (i.width() != null) {
            g.writeNumberProperty("width", i.width());
        }
        if (i.height() != null) {
            g.writeNumberProperty("height", i.height());
        }
        field(g, "caption", i.caption());
        field(g, "credit", i.credit());
        g.writeEndObject();
    }
}
