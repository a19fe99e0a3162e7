/**
 * What the web page around an article needs beyond the model: share links for the reference
 * page's share buttons ({@link dev.byline.web.ShareLinks}) and the body as a safe HTML fragment
 * ({@link dev.byline.web.BodyHtml}: HTML sanitized, Markdown rendered, text escaped). Immutable
 * and thread-safe. URL checks used by the model live in the model itself.
 */
@NullMarked
package dev.byline.web;

import org.jspecify.annotations.NullMarked;
