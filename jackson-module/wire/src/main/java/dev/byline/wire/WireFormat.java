package dev.byline.wire;

/**
 * Facts about wire format v1 that both adapters publish under their own names: the schema
 * version, the JSON Schema's {@code $id} and file name, and the messages of the rules the
 * adapters check themselves (trailing tokens, a null document, UTF-8 only). Not API.
 */
public final class WireFormat {

    /** The version of the wire format: 1. */
    public static final int SCHEMA_VERSION = 1;

    /** The {@code $id} of the JSON Schema of wire format v1. */
    public static final String SCHEMA_ID = "https://byline.dev/schema/article-v1.json";

    /** The file name of the JSON Schema, which each adapter's build copies into its own package. */
    public static final String SCHEMA_FILE = "article-v1.schema.json";

    /** The failure when the root of an article document is {@code null}. */
    public static final String NULL_DOCUMENT = "$: must be an article object, not null";

    /** Byte input that is not UTF-8. */
    public static final String UTF8_ONLY =
            "$: must be JSON encoded in UTF-8 (RFC 8259); the first bytes look like UTF-16 or UTF-32";

    private WireFormat() {}

    /**
     * The failure when something follows a root article.
     *
     * @param next the name of the token that follows, such as {@code START_OBJECT}
     */
    public static String trailingTokens(String next) {
        return "$: must be the whole document, but " + next
                + " follows the article (trailing tokens; see BylineModule.withFailOnTrailingTokens)";
    }

    /**
     * Tells whether bytes cannot be UTF-8 JSON: UTF-16 and UTF-32 text starts with a byte order
     * mark or has a NUL byte among its first four bytes; UTF-8 JSON never does (NUL is not
     * allowed outside strings).
     */
    public static boolean notUtf8(byte[] data, int offset, int len) {
        if (len >= 2) {
            int b0 = data[offset] & 0xFF;
            int b1 = data[offset + 1] & 0xFF;
            if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
                return true;
            }
        }
        for (int i = 0; i < Math.min(len, 4); i++) {
            if (data[offset + i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The message of malformed JSON found by the parser, with the path where it broke.
     *
     * @param path the JSON path at the parser's position
     * @param parserMessage the parser's own message, without location
     */
    public static String malformed(String path, String parserMessage) {
        return path + ": " + parserMessage;
    }
}
