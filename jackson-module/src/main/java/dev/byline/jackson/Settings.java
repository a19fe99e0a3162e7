package dev.byline.jackson;

/**
 * The reading options of one {@link BylineModule}, handed to every deserializer it creates.
 * Immutable and thread-safe.
 */
final class Settings {

    static final Settings DEFAULT = new Settings(false, true, BylineModule.DEFAULT_MAX_DOCUMENT_LENGTH);

    final boolean failOnUnknownProperties;
    final boolean failOnTrailingTokens;
    final long maxDocumentLength;

    Settings(boolean failOnUnknownProperties, boolean failOnTrailingTokens, long maxDocumentLength) {
        this.failOnUnknownProperties = failOnUnknownProperties;
        this.failOnTrailingTokens = failOnTrailingTokens;
        this.maxDocumentLength = maxDocumentLength;
    }
}
