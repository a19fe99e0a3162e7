/**
 * A small Spring Boot 4 web service that serves byline articles in byline's JSON wire format:
 * {@link dev.byline.examples.service.ArticleController} for the endpoints,
 * {@link dev.byline.examples.service.BadDocumentAdvice} for readable {@code 400} answers and
 * {@link dev.byline.examples.service.ArticleArchive} for the (in-memory) articles; and a site
 * that shows each article edition as an HTML page:
 * {@link dev.byline.examples.service.ArticlePageController} for the paths,
 * {@link dev.byline.examples.service.ArticlePages} for what a page shows.
 */
@NullMarked
package dev.byline.examples.service;

import org.jspecify.annotations.NullMarked;
