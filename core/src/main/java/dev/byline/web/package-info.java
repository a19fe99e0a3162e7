/**
 * Links for the web page around an article: share links for the reference page's share
 * buttons ({@link dev.byline.web.ShareLinks}). Immutable and thread-safe. URL checks used by
 * the model live in the model itself.
 */
@NullMarked
package dev.byline.web;

import org.jspecify.annotations.NullMarked;
