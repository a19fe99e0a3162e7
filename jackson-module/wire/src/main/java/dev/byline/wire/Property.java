package dev.byline.wire;

/**
 * Every property name of wire format v1, written here once. Which type has which property, and
 * in what order they are written, is in {@link PropertyTable}; readers switch on these constants
 * and writers name them, so no JSON name is spelled anywhere else in byline's code (the JSON
 * Schema is checked against the tables by a test). Not API.
 */
public enum Property {
    SCHEMA_VERSION("schemaVersion"),
    ID("id"),
    LOCALE("locale"),
    TITLE("title"),
    SUBTITLE("subtitle"),
    SLUG("slug"),
    SUMMARY("summary"),
    BODY("body"),
    STATUS("status"),
    PUBLISHED("published"),
    MODIFIED("modified"),
    CANONICAL_URL("canonicalUrl"),
    AUTHORS("authors"),
    CATEGORIES("categories"),
    TAGS("tags"),
    IMAGE("image"),
    TRANSLATIONS("translations"),
    RELATED("related"),
    NAME("name"),
    BIO("bio"),
    AFFILIATIONS("affiliations"),
    EXPERTISE("expertise"),
    LANGUAGES("languages"),
    URL("url"),
    SAME_AS("sameAs"),
    LANGUAGE("language"),
    PROFICIENCY("proficiency"),
    CEFR("cefr"),
    ALT("alt"),
    WIDTH("width"),
    HEIGHT("height"),
    CAPTION("caption"),
    CREDIT("credit"),
    FORMAT("format"),
    CONTENT("content"),
    PREVIOUS_SLUGS("previousSlugs"),
    TRANSLATION_OF("translationOf"),
    CORRECTIONS("corrections"),
    METHOD("method"),
    SOURCE_MODIFIED("sourceModified"),
    TRANSLATORS("translators"),
    TYPE("type"),
    AUTHOR_ID("authorId"),
    DATE("date"),
    TEXT("text");

    private final String jsonName;

    Property(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The property's name in JSON documents. */
    public String jsonName() {
        return jsonName;
    }

    /** A bit of its own, for remembering which properties an object has had. */
    long bit() {
        return 1L << ordinal();
    }
}
