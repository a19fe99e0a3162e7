/**
 * byline's JSON wire format v1 for Jackson: {@link dev.byline.jackson.BylineModule} (the
 * module), {@link dev.byline.jackson.BylineJson} (a hardened mapper, reader and writer),
 * {@link dev.byline.jackson.JsonLd} (schema.org JSON-LD) and
 * {@link dev.byline.jackson.BylineJsonVersion} (the format version and where its JSON Schema
 * lies in this artifact).
 *
 * <p>The serializers and deserializers for each model type are package-private and build
 * through the model's public builders. The model itself lives in {@code dev.byline} and knows
 * nothing of JSON.
 */
@NullMarked
package dev.byline.jackson;

import org.jspecify.annotations.NullMarked;
