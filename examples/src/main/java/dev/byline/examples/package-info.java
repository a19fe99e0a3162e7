/**
 * A runnable tour of byline: {@link dev.byline.examples.Tour} builds the sample article of
 * {@link dev.byline.examples.SampleArticle} and prints what the library knows about it.
 */
@NullMarked
package dev.byline.examples;

import org.jspecify.annotations.NullMarked;
