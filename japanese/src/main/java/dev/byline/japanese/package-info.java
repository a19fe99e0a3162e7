/**
 * Japanese words and readings for byline's slugger, from Lucene's Kuromoji analyzer:
 * {@link dev.byline.japanese.KuromojiReader}. Nothing here needs to be called: with this artifact
 * beside byline-core, {@code Slugger} finds the reader through {@link java.util.ServiceLoader}.
 */
@NullMarked
package dev.byline.japanese;

import org.jspecify.annotations.NullMarked;
