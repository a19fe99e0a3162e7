package dev.byline.examples.service;

import dev.byline.Article;
import dev.byline.InvalidValueException;
import dev.byline.Status;
import dev.byline.locale.Edition;
import dev.byline.locale.Languages;
import dev.byline.locale.LocaleNegotiator;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.ModelAndView;

/**
 * The article pages: one HTML page per published edition, at {@code /<language>/<slug>/}, the
 * path of the edition's canonical URL.
 *
 * <ul>
 *   <li>{@code GET /}: the reader's {@code Accept-Language} chooses the edition of the lead
 *       story ({@link LocaleNegotiator#bestEdition(Article, String)}); {@code 303 See Other} to
 *       it, with {@code Vary: Accept-Language}. No header, or no language the site has: the
 *       English original.</li>
 *   <li>{@code GET /<language>/<slug>/}: the page ({@code article.html}), or {@code 404} (an
 *       HTML page) when the language tag is not canonical ({@code /EN/…}), no published article
 *       has that language and slug, or the slug is not one at all.</li>
 *   <li>{@code GET /<language>/<slug>}: {@code 301} to the same path with its slash, if that
 *       page exists.</li>
 * </ul>
 *
 * <p>A page whose slug has changed answers {@code 301} from its old path (with or without the
 * slash) to its current page: the archive keeps {@code Redirects.permanent} over the articles'
 * {@code previousSlugs}. Article JSON by id is
 * {@link ArticleController}'s ({@code /articles/<id>}).
 */
@Controller
public class ArticlePageController {

    /** A language tag in a path: a language code, then subtags; never a word like "articles". */
    private static final String LANGUAGE = "{language:[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*}";

    private final ArticleArchive archive;
    private final ArticlePages pages;
    private final Site site;

    /**
     * Creates the controller.
     *
     * @param archive the articles
     * @param pages builds the pages
     * @param site the site's settings
     */
    public ArticlePageController(ArticleArchive archive, ArticlePages pages, Site site) {
        this.archive = archive;
        this.pages = pages;
        this.site = site;
    }

    /**
     * Sends the reader to the edition of the lead story that suits their languages best.
     *
     * @param acceptLanguage the reader's languages, or null if the request has none
     * @return {@code 303} to the edition's page
     */
    @GetMapping("/")
    public ResponseEntity<Void> home(
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String acceptLanguage) {
        Article lead = archive.find(SampleArticles.ENGLISH_ID).orElseThrow();
        Edition edition = acceptLanguage == null
                ? Edition.original(lead)
                : LocaleNegotiator.bestEdition(lead, acceptLanguage);
        URI url = edition.url().orElseGet(() -> site.publicUrl(lead));
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.LOCATION, site.href(url))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    /**
     * Shows the page of an edition.
     *
     * @param language the language tag of the path
     * @param slug the slug of the path
     * @param request the request, whose locale becomes the edition's for the template's words
     * @return the page, {@code 301} from an old path, or the not-found page
     */
    @GetMapping("/" + LANGUAGE + "/{slug}/")
    public Object page(@PathVariable("language") String language, @PathVariable("slug") String slug,
            HttpServletRequest request) {
        Optional<Article> article = published(language, slug);
        if (article.isEmpty()) {
            return moved(language, slug).<Object>map(to -> to).orElseGet(ArticlePageController::notFound);
        }
        EditionLocaleResolver.showEdition(request, article.get().locale());
        return new ModelAndView("article", Map.of("page", pages.page(article.get())));
    }

    /** {@code 301} from an old path of a renamed article (its previous slug) to its page. */
    private Optional<ResponseEntity<Void>> moved(String language, String slug) {
        return archive.redirect("/" + language + "/" + slug + "/")
                .map(to -> ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                        .header(HttpHeaders.LOCATION, site.href(to)).<Void>build());
    }

    /**
     * Adds the slash a page's path ends with.
     *
     * @param language the language tag of the path
     * @param slug the slug of the path
     * @return {@code 301} to the page, or the not-found page
     */
    @GetMapping("/" + LANGUAGE + "/{slug}")
    public Object withoutSlash(@PathVariable("language") String language, @PathVariable("slug") String slug) {
        Optional<Article> article = published(language, slug);
        if (article.isEmpty()) {
            return moved(language, slug).<Object>map(to -> to).orElseGet(ArticlePageController::notFound);
        }
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, Site.path(article.get()))
                .build();
    }

    /** The published article of a path; the path's language tag must be written canonically. */
    private Optional<Article> published(String language, String slug) {
        Locale locale;
        try {
            locale = Languages.parse(language);
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
        if (!locale.toLanguageTag().equals(language)) {
            return Optional.empty();
        }
        return archive.findBySlug(locale, slug).filter(article -> article.status() == Status.PUBLISHED);
    }

    private static ModelAndView notFound() {
        return new ModelAndView("not-found", HttpStatus.NOT_FOUND);
    }
}
