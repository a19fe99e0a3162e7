package dev.byline.jackson;

import dev.byline.wire.WireFormat;

/** Facts about the byline JSON wire format and this artifact. Immutable and thread-safe. */
public final class BylineJsonVersion {

    private BylineJsonVersion() {}

    /** The version of the wire format this module reads and writes: {@value}. */
    public static final int SCHEMA_VERSION = WireFormat.SCHEMA_VERSION;

    /**
     * Where the JSON Schema (draft 2020-12) of the wire format lies in this artifact, for
     * {@code BylineJsonVersion.class.getResourceAsStream(SCHEMA_RESOURCE)}: {@value}.
     */
    public static final String SCHEMA_RESOURCE = "/dev/byline/jackson/article-v1.schema.json";

    /** The {@code $id} of the JSON Schema of wire format v1: {@value}. */
    public static final String SCHEMA_ID = WireFormat.SCHEMA_ID;

    /**
     * Returns the version of this artifact, as set by the build.
     *
     * @return the version, such as {@code 0.1.0-SNAPSHOT}; never null
     */
    public static String artifactVersion() {
        return PackageVersion.TEXT;
    }
}
