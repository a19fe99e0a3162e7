/**
 * The byline JSON wire format v1 for Jackson. Work in progress: the module itself lands with
 * the Jackson issue.
 */
@NullMarked
package dev.byline.jackson;

import org.jspecify.annotations.NullMarked;
