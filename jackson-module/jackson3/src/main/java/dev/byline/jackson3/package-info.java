/**
 * byline's JSON wire format v1 for Jackson 3: {@link dev.byline.jackson3.BylineModule} (the
 * module), {@link dev.byline.jackson3.BylineJson} (a hardened mapper, reader and writer),
 * {@link dev.byline.jackson3.JsonLd} (schema.org JSON-LD) and
 * {@link dev.byline.jackson3.BylineJsonVersion} (the format version and where its JSON Schema
 * lies in this artifact). The same wire format, rules, paths and messages as the Jackson 2
 * module {@code dev.byline.jackson}: both adapt one shared implementation.
 *
 * <p>The serializers and deserializers are package-private and build through the model's public
 * builders. The model itself lives in {@code dev.byline} and knows nothing of JSON.
 */
@NullMarked
package dev.byline.jackson3;

import org.jspecify.annotations.NullMarked;
