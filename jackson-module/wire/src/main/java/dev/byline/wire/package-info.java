/**
 * The byline JSON wire format v1, written once: property tables ({@link dev.byline.wire.Property},
 * {@link dev.byline.wire.PropertyTable}), the value rules ({@link dev.byline.wire.Values}), a
 * reader per model type, the writers ({@link dev.byline.wire.ModelWriter}) and schema.org JSON-LD
 * ({@link dev.byline.wire.JsonLdWriter}), over a token reader ({@link dev.byline.wire.JsonIn}) and
 * writer ({@link dev.byline.wire.JsonOut}) that the Jackson 2 and Jackson 3 adapters implement.
 * Failures are {@link dev.byline.wire.WireException}s, which each adapter turns into its Jackson's
 * exception types.
 *
 * <p>Not API: exported only to {@code dev.byline.jackson} and {@code dev.byline.jackson3}.
 */
@NullMarked
package dev.byline.wire;

import org.jspecify.annotations.NullMarked;
