package dev.byline.benchmarks.json;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The v1 document as plain Java records: what a user without byline would write and hand to
 * Jackson databind. No validation, no extensions; absent values are {@code null}.
 */
final class Records {

    private Records() {}

    record ArticleRecord(int schemaVersion, String id, Locale locale, String title, String subtitle, String slug,
            String summary, BodyRecord body, String status, OffsetDateTime published, OffsetDateTime modified,
            URI canonicalUrl, List<AuthorRecord> authors, List<String> categories, List<String> tags, ImageRecord image,
            List<TranslationRecord> translations, List<RelatedRecord> related) {}

    record BodyRecord(String format, String content) {}

    record AuthorRecord(String id, String name, String bio, List<String> affiliations, List<String> expertise,
            List<SkillRecord> languages, URI url, ImageRecord image, List<URI> sameAs) {}

    record SkillRecord(Locale language, String proficiency, String cefr) {}

    record ImageRecord(URI url, String alt, Integer width, Integer height, String caption, String credit) {}

    record TranslationRecord(Locale locale, URI url, String title, String slug) {}

    record RelatedRecord(String title, URI url, String slug, Locale locale, OffsetDateTime published,
            ImageRecord image, String summary) {}
}
