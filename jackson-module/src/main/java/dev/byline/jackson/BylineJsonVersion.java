package dev.byline.jackson;

/** Facts about the byline JSON wire format. Immutable and thread-safe. */
public final class BylineJsonVersion {

    private BylineJsonVersion() {}

    /** The version of the wire format this module reads and writes: {@value}. */
    public static final int SCHEMA_VERSION = 1;
}
