/**
 * The byline JSON wire format v1, written once and free of any JSON library: the property tables,
 * the rules, the readers and writers of every model type, and schema.org JSON-LD, all over a small
 * token reader ({@link dev.byline.wire.JsonIn}) and writer ({@link dev.byline.wire.JsonOut}) that
 * each Jackson adapter implements.
 *
 * <p>Not API: the package is exported only to the two adapters, {@code dev.byline.jackson}
 * (Jackson 2) and {@code dev.byline.jackson3} (Jackson 3). Applications use those.
 */
module dev.byline.wire {
    requires transitive dev.byline;
    requires static org.jspecify;

    exports dev.byline.wire to dev.byline.jackson, dev.byline.jackson3;
}
