package dev.byline.wire;

import org.jspecify.annotations.Nullable;

/**
 * The reading options of one byline module, the same for both Jackson adapters, handed to every
 * reader. Each adapter's {@code BylineModule.withX} methods only delegate here, so the options,
 * their checks and how modules compare and print are written once. Immutable and thread-safe.
 * Not API.
 */
public final class ReadOptions {

    /**
     * The default longest article document: 64 MiB, counted in bytes for byte input and chars for
     * character input.
     */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    /** Unknown properties kept, trailing tokens rejected, the default document length. */
    public static final ReadOptions DEFAULT = new ReadOptions(false, true, DEFAULT_MAX_DOCUMENT_LENGTH);

    private final boolean failOnUnknownProperties;
    private final boolean failOnTrailingTokens;
    private final long maxDocumentLength;

    private ReadOptions(boolean failOnUnknownProperties, boolean failOnTrailingTokens, long maxDocumentLength) {
        this.failOnUnknownProperties = failOnUnknownProperties;
        this.failOnTrailingTokens = failOnTrailingTokens;
        this.maxDocumentLength = maxDocumentLength;
    }

    /** These options with strict reading on or off. */
    public ReadOptions withFailOnUnknownProperties(boolean fail) {
        return new ReadOptions(fail, failOnTrailingTokens, maxDocumentLength);
    }

    /** These options with trailing tokens rejected or allowed. */
    public ReadOptions withFailOnTrailingTokens(boolean fail) {
        return new ReadOptions(failOnUnknownProperties, fail, maxDocumentLength);
    }

    /**
     * These options with another document length limit.
     *
     * @throws IllegalArgumentException if {@code maxLength} is not positive
     */
    public ReadOptions withMaxDocumentLength(long maxLength) {
        if (maxLength <= 0) {
            throw new IllegalArgumentException("maxLength must be positive, was " + maxLength);
        }
        return new ReadOptions(failOnUnknownProperties, failOnTrailingTokens, maxLength);
    }

    /** Whether unknown properties fail instead of being kept. */
    public boolean failOnUnknownProperties() {
        return failOnUnknownProperties;
    }

    /** Whether anything after a root article fails. */
    public boolean failOnTrailingTokens() {
        return failOnTrailingTokens;
    }

    /** The longest document accepted, in bytes or chars. */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof ReadOptions)) {
            return false;
        }
        ReadOptions r = (ReadOptions) o;
        return r.failOnUnknownProperties == failOnUnknownProperties && r.failOnTrailingTokens == failOnTrailingTokens
                && r.maxDocumentLength == maxDocumentLength;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(failOnUnknownProperties) * 31 * 31 + Boolean.hashCode(failOnTrailingTokens) * 31
                + Long.hashCode(maxDocumentLength);
    }

    /** The options as a module's {@code toString} lists them, after its version. */
    @Override
    public String toString() {
        return "failOnUnknownProperties=" + failOnUnknownProperties + ", failOnTrailingTokens=" + failOnTrailingTokens
                + ", maxDocumentLength=" + maxDocumentLength;
    }
}
