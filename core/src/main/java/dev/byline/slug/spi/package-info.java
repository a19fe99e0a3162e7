/**
 * Service interfaces through which optional add-ons extend the slugger, found with
 * {@link java.util.ServiceLoader}.
 *
 * <p>{@link dev.byline.slug.spi.JapaneseReader} splits Japanese text into words and reads them
 * from a dictionary; the {@code byline-japanese} artifact (JPMS module {@code dev.byline.japanese})
 * provides one built on Lucene's Kuromoji analyzer. {@code byline-core} declares
 * {@code uses dev.byline.slug.spi.JapaneseReader} and loads the first provider visible to its own
 * class loader (on the module path: a module that {@code provides} the service; on the class path:
 * a {@code META-INF/services/dev.byline.slug.spi.JapaneseReader} entry). Without one, Japanese
 * titles with kanji have no ASCII slug (see {@link dev.byline.slug.Slugger}).
 */
@NullMarked
package dev.byline.slug.spi;

import org.jspecify.annotations.NullMarked;
