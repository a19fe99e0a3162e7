package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.jackson.Adapter.Failure;
import dev.byline.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad documents, one row each: whatever the host mapper allows, byline rejects the document
 * with the expected exception type, a message that starts with the JSON path of the bad value
 * and states the rule. Each row runs through both Jackson adapters, against a stock mapper and a
 * deliberately permissive one.
 */
class BadDocumentsTest {

    /** A valid document that every row breaks in one place. */
    static final String BASE = "{\"schemaVersion\":1,\"id\":\"a1\",\"locale\":\"en\",\"title\":\"Title\",\"slug\":\"title\","
            + "\"body\":{\"format\":\"html\",\"content\":\"<p>Text.</p>\"},\"status\":\"published\","
            + "\"published\":\"2022-11-21T09:30:00+03:00\","
            + "\"authors\":[{\"id\":\"au\",\"name\":\"Name\",\"languages\":[{\"language\":\"fa\",\"proficiency\":\"fluent\"}],"
            + "\"url\":\"https://example.org/au\"}],"
            + "\"tags\":[\"t\"],\"image\":{\"url\":\"https://example.org/i.jpg\",\"width\":10},"
            + "\"translations\":[{\"locale\":\"tr\",\"url\":\"https://example.org/tr/x\"}],"
            + "\"related\":[{\"title\":\"R\",\"url\":\"https://example.org/r\",\"published\":\"2022-10-02T10:00:00+03:00\"}]}";

    /** One bad document and what its failure must say. */
    static final class Bad {
        final String name;
        final String json;
        final Failure type;
        final String path;
        final String[] words;

        Bad(String name, String json, Failure type, String path, String... words) {
            this.name = name;
            this.json = json;
            this.type = type;
            this.path = path;
            this.words = words;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static String replace(String from, String to) {
        assertThat(BASE).contains(from);
        return BASE.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    static String plus(String properties) {
        return BASE.substring(0, BASE.length() - 1) + "," + properties + "}";
    }

    static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static List<Bad> table() {
        List<Bad> rows = new ArrayList<>();
        Failure mismatch = Failure.MISMATCH;
        Failure invalid = Failure.INVALID;
        // syntax
        rows.add(new Bad("malformed JSON", replace("\"id\":\"a1\"", "\"id\" \"a1\""), Failure.MALFORMED,
                "$.id", "Unexpected character"));
        rows.add(new Bad("truncated JSON", BASE.substring(0, BASE.indexOf("\"tags\"") + 9), Failure.MALFORMED,
                "$.tags[0]", "end-of-input"));
        rows.add(new Bad("bare null", "null", mismatch, "$", "must be an article object, not null"));
        rows.add(new Bad("empty document", "", mismatch, null, "No content", "end-of-input"));
        rows.add(new Bad("array instead of object", "[" + BASE + "]", mismatch, "$", "must be an object, not an array"));
        rows.add(new Bad("duplicate key", plus("\"title\":\"Again\""), mismatch, "$.title", "duplicate property"));
        rows.add(new Bad("duplicate key in an author", replace("\"name\":\"Name\"", "\"name\":\"Name\",\"name\":\"N\""),
                mismatch, "$.authors[0].name", "duplicate property"));
        rows.add(new Bad("duplicate key inside an extension", plus("\"x\":{\"a\":1,\"a\":2}"), mismatch, "$.x.a",
                "duplicate property"));
        rows.add(new Bad("duplicate unknown key", plus("\"x\":1,\"x\":2"), mismatch, "$.x", "duplicate property"));
        rows.add(new Bad("trailing tokens", BASE + " {}", mismatch, "$", "whole document", "trailing tokens"));
        rows.add(new Bad("trailing garbage", BASE + " x", Failure.MALFORMED, null, "Unrecognized token"));
        // token types
        rows.add(new Bad("string for a list", replace("\"tags\":[\"t\"]", "\"tags\":\"t\""), mismatch, "$.tags",
                "must be an array, not a string"));
        rows.add(new Bad("object for a string", replace("\"title\":\"Title\"", "\"title\":{\"en\":\"Title\"}"), mismatch,
                "$.title", "must be a string, not an object"));
        rows.add(new Bad("number for a string", replace("\"title\":\"Title\"", "\"title\":5"), mismatch, "$.title",
                "must be a string, not an integer"));
        rows.add(new Bad("empty string for an object", replace("\"image\":{\"url\":\"https://example.org/i.jpg\",\"width\":10}",
                "\"image\":\"\""), mismatch, "$.image", "must be an object, not a string"));
        rows.add(new Bad("string for an integer", replace("\"width\":10", "\"width\":\"10\""), mismatch, "$.image.width",
                "must be an integer, not a string"));
        rows.add(new Bad("fraction for an integer", replace("\"width\":10", "\"width\":10.5"), mismatch, "$.image.width",
                "must be an integer, not a fractional number"));
        rows.add(new Bad("integer out of range", replace("\"width\":10", "\"width\":10000000000"), invalid,
                "$.image.width", "must be an integer between 1 and 100000"));
        rows.add(new Bad("boolean for an enum", replace("\"status\":\"published\"", "\"status\":true"), mismatch,
                "$.status", "must be a string, not a boolean"));
        rows.add(new Bad("schema version 2", replace("\"schemaVersion\":1", "\"schemaVersion\":2"), invalid,
                "$.schemaVersion", "must be 1", "wire format v1"));
        rows.add(new Bad("schema version missing", replace("\"schemaVersion\":1,", ""), mismatch, "$.schemaVersion",
                "required property is missing"));
        // nulls and missing values
        rows.add(new Bad("null for a required value", replace("\"title\":\"Title\"", "\"title\":null"), mismatch,
                "$.title", "must be a string, not null"));
        rows.add(new Bad("null for an optional value", plus("\"subtitle\":null"), mismatch, "$.subtitle",
                "must be a string, not null"));
        rows.add(new Bad("null inside a list", replace("\"tags\":[\"t\"]", "\"tags\":[\"t\",null]"), mismatch,
                "$.tags[1]", "must not be null"));
        rows.add(new Bad("null author", replace("\"authors\":[{", "\"authors\":[null,{"), mismatch, "$.authors[0]",
                "must not be null"));
        rows.add(new Bad("missing required value", replace("\"slug\":\"title\",", ""), mismatch, "$.slug",
                "required property is missing"));
        rows.add(new Bad("missing required value of a translation", replace("\"url\":\"https://example.org/tr/x\"", "\"title\":\"X\""),
                mismatch, "$.translations[0].url", "required property is missing"));
        rows.add(new Bad("property in other case", replace("\"title\":\"Title\"", "\"Title\":\"Title\""), mismatch,
                "$.title", "required property is missing"));
        // locales
        rows.add(new Bad("junk locale", replace("\"locale\":\"en\"", "\"locale\":\"english\""), invalid, "$.locale",
                "ISO 639", "english"));
        rows.add(new Bad("ill-formed locale", replace("\"locale\":\"en\"", "\"locale\":\"en_US\""), invalid, "$.locale",
                "well-formed BCP 47"));
        rows.add(new Bad("undetermined locale", replace("\"locale\":\"en\"", "\"locale\":\"und\""), invalid, "$.locale",
                "naming a language"));
        rows.add(new Bad("empty locale", replace("\"locale\":\"tr\"", "\"locale\":\"\""), invalid,
                "$.translations[0].locale", "well-formed BCP 47", "such as en, pt-BR"));
        rows.add(new Bad("bad language of an author", replace("\"language\":\"fa\"", "\"language\":\"fa-!\""), invalid,
                "$.authors[0].languages[0].language", "well-formed BCP 47"));
        // dates
        rows.add(new Bad("invalid date", replace("\"published\":\"2022-11-21T09:30:00+03:00\"",
                "\"published\":\"2022-02-30T09:30:00+03:00\""), invalid, "$.published", "valid RFC 3339"));
        rows.add(new Bad("date without offset", replace("\"published\":\"2022-11-21T09:30:00+03:00\"",
                "\"published\":\"2022-11-21T09:30:00\""), invalid, "$.published", "with an offset", "not guessed"));
        rows.add(new Bad("date only", replace("\"published\":\"2022-10-02T10:00:00+03:00\"", "\"published\":\"2022-10-02\""),
                invalid, "$.related[0].published", "with an offset"));
        rows.add(new Bad("date as a number", replace("\"published\":\"2022-11-21T09:30:00+03:00\"",
                "\"published\":1669012200"), mismatch, "$.published", "must be a string, not an integer"));
        rows.add(new Bad("published without a date", replace("\"published\":\"2022-11-21T09:30:00+03:00\",", ""),
                invalid, "$.published", "must be present when status is published"));
        // enums
        rows.add(new Bad("unknown status", replace("\"status\":\"published\"", "\"status\":\"Published\""), invalid,
                "$.status", "must be one of draft, scheduled, published, withdrawn"));
        rows.add(new Bad("unknown proficiency", replace("\"proficiency\":\"fluent\"", "\"proficiency\":\"good\""), invalid,
                "$.authors[0].languages[0].proficiency", "must be one of native, fluent"));
        rows.add(new Bad("unknown body format", replace("\"format\":\"html\"", "\"format\":\"HTML\""), invalid,
                "$.body.format", "must be one of html, markdown, text"));
        rows.add(new Bad("CEFR level outside the proficiency", replace("\"proficiency\":\"fluent\"",
                "\"proficiency\":\"basic\",\"cefr\":\"C2\""), invalid, "$.authors[0].languages[0].cefr", "must lie in A1–A2"));
        // URLs
        rows.add(new Bad("relative URL", replace("\"url\":\"https://example.org/au\"", "\"url\":\"/au\""), invalid,
                "$.authors[0].url", "absolute http or https URL"));
        rows.add(new Bad("URL not http(s)", replace("\"url\":\"https://example.org/i.jpg\"", "\"url\":\"ftp://example.org/i.jpg\""),
                invalid, "$.image.url", "http or https scheme"));
        rows.add(new Bad("javascript URL", replace("\"url\":\"https://example.org/r\"", "\"url\":\"javascript:alert(1)\""),
                invalid, "$.related[0].url", "absolute http or https URL"));
        rows.add(new Bad("URL with credentials", replace("\"url\":\"https://example.org/tr/x\"",
                "\"url\":\"https://user:secret@example.org/tr/x\""), invalid, "$.translations[0].url", "credentials"));
        rows.add(new Bad("URL host failing IDNA", replace("\"url\":\"https://example.org/au\"",
                "\"url\":\"https://" + "a".repeat(64) + ".example.org/au\""), invalid, "$.authors[0].url", "UTS #46"));
        rows.add(new Bad("URL host with an underscore", replace("\"url\":\"https://example.org/au\"",
                "\"url\":\"https://exa_mple.org/au\""), invalid, "$.authors[0].url", "must have a host name"));
        rows.add(new Bad("URL with a space", plus("\"canonicalUrl\":\"https://example.org/a b\""), invalid,
                "$.canonicalUrl", "without spaces"));
        rows.add(new Bad("URL with credentials and a space", plus("\"canonicalUrl\":\"https://me:secret@example.org/a b\""),
                invalid, "$.canonicalUrl", "without spaces", "https://***@example.org/a b"));
        rows.add(new Bad("URL with credentials and bad syntax", plus("\"canonicalUrl\":\"https://me:secret@example.org/a|b\""),
                invalid, "$.canonicalUrl", "valid URL", "https://***@example.org/a|b"));
        rows.add(new Bad("URL with bad syntax", plus("\"canonicalUrl\":\"https://example.org/a|b\""), invalid,
                "$.canonicalUrl", "valid URL", "Illegal character"));
        // characters
        rows.add(new Bad("lone surrogate", replace("\"title\":\"Title\"", "\"title\":\"Ti\\ud800tle\""), invalid,
                "$.title", "unpaired surrogates", "\\uD800"));
        rows.add(new Bad("control character", replace("\"title\":\"Title\"", "\"title\":\"Ti\\u0007tle\""), invalid,
                "$.title", "control characters (U+0007)"));
        rows.add(new Bad("line break in a title", replace("\"title\":\"Title\"", "\"title\":\"Ti\\ntle\""), invalid,
                "$.title", "control characters (U+000A)"));
        rows.add(new Bad("bidi override in a name", replace("\"name\":\"Name\"", "\"name\":\"Na\\u202Eme\""), invalid,
                "$.authors[0].name", "bidi override"));
        rows.add(new Bad("bidi isolate in a tag", replace("\"tags\":[\"t\"]", "\"tags\":[\"t\",\"\\u2067x\"]"), invalid,
                "$.tags[1]", "bidi override or isolate"));
        rows.add(new Bad("blank title", replace("\"title\":\"Title\"", "\"title\":\" \\u200B \""), invalid, "$.title",
                "must not be blank"));
        rows.add(new Bad("NUL in the body", replace("<p>Text.</p>", "<p>Te\\u0000xt.</p>"), invalid, "$.body.content",
                "control characters (U+0000)"));
        rows.add(new Bad("lone surrogate in an extension", plus("\"x\":[\"\\udc00\"]"), invalid, "$.x[0]",
                "unpaired surrogates"));
        rows.add(new Bad("slug with uppercase", replace("\"slug\":\"title\"", "\"slug\":\"Title\""), invalid, "$.slug",
                "must be lowercase"));
        rows.add(new Bad("slug with a space", replace("\"slug\":\"title\"", "\"slug\":\"a title\""), invalid, "$.slug",
                "only letters, digits and single hyphens"));
        // consistency
        rows.add(new Bad("repeated translation locale", replace("\"translations\":[{\"locale\":\"tr\",\"url\":\"https://example.org/tr/x\"}",
                "\"translations\":[{\"locale\":\"tr\",\"url\":\"https://example.org/tr/x\"},{\"locale\":\"tr\",\"url\":\"https://example.org/tr/y\"}"),
                invalid, "$.translations[1].locale", "must be unique", "translations[0].locale"));
        rows.add(new Bad("translation in the article's locale", replace("\"locale\":\"tr\"", "\"locale\":\"en\""), invalid,
                "$.translations[0].locale", "must differ from the article's own locale"));
        rows.add(new Bad("repeated author id", replace("\"authors\":[{", "\"authors\":[{\"id\":\"au\",\"name\":\"Other\"},{"),
                invalid, "$.authors[1].id", "must be unique"));
        rows.add(new Bad("repeated tag", replace("\"tags\":[\"t\"]", "\"tags\":[\"t\",\"t\"]"), invalid, "$.tags[1]",
                "must be unique"));
        rows.add(new Bad("modified before published", plus("\"modified\":\"2022-11-20T09:30:00+03:00\""), invalid,
                "$.modified", "must not be before published"));
        rows.add(new Bad("published without authors", replace("\"authors\":[{\"id\":\"au\",\"name\":\"Name\","
                + "\"languages\":[{\"language\":\"fa\",\"proficiency\":\"fluent\"}],\"url\":\"https://example.org/au\"}],", ""),
                invalid, "$.authors", "must name at least one author"));
        // limits
        rows.add(new Bad("over-long title", replace("\"title\":\"Title\"", "\"title\":\"" + "t".repeat(501) + "\""),
                invalid, "$.title", "must be at most 500 characters long, is 501"));
        rows.add(new Bad("over-long slug", replace("\"slug\":\"title\"", "\"slug\":\"" + "s".repeat(201) + "\""),
                invalid, "$.slug", "at most 200 characters"));
        rows.add(new Bad("over-long URL", plus("\"canonicalUrl\":\"https://example.org/" + "u".repeat(2048) + "\""),
                invalid, "$.canonicalUrl", "at most 2048 characters"));
        rows.add(new Bad("too many tags", replace("\"tags\":[\"t\"]", "\"tags\":[" + "\"t\",".repeat(1000) + "\"t\"]"),
                mismatch, "$.tags[1000]", "at most 1000 entries"));
        rows.add(new Bad("over-deep extension", plus("\"x\":" + nested(40)), mismatch, "$.x" + "[0]".repeat(31),
                "must not nest deeper than 32"));
        rows.add(new Bad("very deep extension", plus("\"x\":" + nested(5000)), mismatch, "$.x" + "[0]".repeat(31),
                "must not nest deeper than 32"));
        rows.add(new Bad("over-deep extension object", replace("\"tags\":[\"t\"]",
                "\"tags\":[\"t\"],\"x\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(40)), mismatch,
                "$.x" + ".a".repeat(31), "must not nest deeper than 32"));
        rows.add(new Bad("over-long extension string", replace("\"width\":10",
                "\"width\":10,\"note\":\"" + "n".repeat(1_000_001) + "\""), invalid, "$.image.note",
                "must be at most 1000000 characters long"));
        rows.add(new Bad("over-large document", plus("\"x\":[" + ("\"" + "y".repeat(999_990) + "\",").repeat(70) + "0]"),
                mismatch, "$.x", "document must be at most 67108864"));
        rows.add(new Bad("number beyond BigDecimal in an extension", plus("\"x\":1e999999999999"), invalid,
                "$.x", "must be a finite number"));
        return rows;
    }

    static Stream<Arguments> rowsAndMappers() {
        List<Arguments> args = new ArrayList<>();
        List<Bad> table = table();
        for (Adapter adapter : Adapter.both()) {
            Adapter.Codec stock = adapter.stock();
            Adapter.Codec permissive = adapter.permissive();
            for (Bad bad : table) {
                args.add(Arguments.of(bad, adapter, "stock", stock));
                args.add(Arguments.of(bad, adapter, "permissive", permissive));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} ({1}, {2} mapper)")
    @MethodSource("rowsAndMappers")
    void badDocumentIsRejectedWithPathAndRule(Bad bad, Adapter adapter, String mapperName, Adapter.Codec mapper) {
        assertThatThrownBy(() -> mapper.read(bad.json, Article.class))
                .isInstanceOfAny(adapter.failure(Failure.DATABIND), adapter.failure(Failure.MALFORMED))
                .isInstanceOf(adapter.failure(bad.type))
                .satisfies(e -> {
                    String message = e.getMessage();
                    if (bad.path != null) {
                        assertThat(message).startsWith(bad.path + ": ");
                    }
                    assertThat(message).contains(bad.words);
                    assertThat(message).doesNotContain("secret");
                });
    }
}
