package dev.byline.examples.service;

import dev.byline.Article;
import dev.byline.InvalidArticleException;
import dev.byline.locale.Edition;
import dev.byline.locale.Hreflang;
import dev.byline.locale.LocaleNegotiator;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Articles over HTTP in byline's JSON wire format. The methods take and return {@link Article}
 * as they would any other type: Spring's JSON converter uses the auto-configured Jackson 3
 * {@code JsonMapper}, which found byline's module on its own.
 *
 * <h2>{@code GET /articles/{id}}</h2>
 *
 * The archive holds an article in one language; its other editions are pages listed in
 * {@link Article#translations()}. The reader's {@code Accept-Language} header chooses among all
 * of them with {@link LocaleNegotiator#bestEdition(Article, String)}:
 * <ul>
 *   <li>the article's own language is best, or there is no header, or nothing the reader
 *       accepts is close enough: {@code 200} with the article as JSON;</li>
 *   <li>a translation is best: {@code 303 See Other} with {@code Location} set to that
 *       edition's URL.</li>
 * </ul>
 * Both answers carry {@code Content-Language} (the chosen edition's language),
 * {@code Vary: Accept-Language} (so that caches keep one answer per language) and, when the
 * article has a canonical URL, a {@code Link} header with the {@code hreflang} alternates:
 * every edition and {@code x-default}, which is the original. Crawlers send no
 * {@code Accept-Language}, so they get the original and find the other editions in the links.
 * An unknown id gives {@code 404} with an {@code application/problem+json} body.
 *
 * <h2>{@code POST /articles}</h2>
 *
 * Reads an article document and answers {@code 201 Created} with its {@code Location} and the
 * article as stored, or {@code 409 Conflict} if the id is taken. A document that breaks a rule
 * of the wire format is answered by {@link BadDocumentAdvice}.
 */
@RestController
@RequestMapping("/articles")
public class ArticleController {

    private final ArticleArchive archive;

    /**
     * Creates the controller.
     *
     * @param archive where the articles are kept
     */
    public ArticleController(ArticleArchive archive) {
        this.archive = archive;
    }

    /**
     * Answers with the article or sends the reader to the best edition, as the class
     * description says.
     *
     * @param id the article's id
     * @param acceptLanguage the reader's languages, or null if the request has none
     * @return the answer
     */
    @GetMapping("/{id}")
    public ResponseEntity<?> get(@PathVariable("id") String id,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        Optional<Article> found = archive.find(id);
        if (found.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "No such article", "There is no article with id " + id + ".");
        }
        Article article = found.get();
        Edition edition = acceptLanguage == null
                ? Edition.original(article)
                : LocaleNegotiator.bestEdition(article, acceptLanguage);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentLanguage(edition.locale());
        headers.setVary(List.of(HttpHeaders.ACCEPT_LANGUAGE));
        hreflangLinks(article).ifPresent(links -> headers.set(HttpHeaders.LINK, links));

        if (edition.isOriginal()) {
            return ResponseEntity.ok().headers(headers).body(article);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(edition.url().orElseThrow())
                .headers(headers)
                .build();
    }

    /**
     * Stores a new article.
     *
     * @param article the article read from the request body by byline's Jackson 3 module
     * @param uris a builder for URIs of this service, filled in by Spring from the request
     * @return {@code 201} with the article, or {@code 409} if its id is taken
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> add(@RequestBody Article article, UriComponentsBuilder uris) {
        try {
            if (!archive.add(article)) {
                return problem(HttpStatus.CONFLICT, "Article exists",
                        "There is already an article with id " + article.id() + ".");
            }
        } catch (dev.byline.InvalidValueException e) {
            // its current or a previous path is another article's
            return problem(HttpStatus.CONFLICT, "Path taken", e.getMessage());
        }
        URI location = uris.path("/articles/{id}").encode().buildAndExpand(article.id()).toUri();
        return ResponseEntity.created(location).body(article);
    }

    /** The hreflang alternates as a Link header, if the article has what they need. */
    private static Optional<String> hreflangLinks(Article article) {
        if (article.canonicalUrl().isEmpty()) {
            return Optional.empty(); // every edition needs a URL, the original included
        }
        try {
            return Optional.of(Hreflang.toLinkHeader(Hreflang.alternates(article)));
        } catch (InvalidArticleException e) {
            return Optional.empty(); // an edition's locale has no hreflang form, such as es-419
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.of(problem).build();
    }
}
