package dev.byline.examples.service;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.CefrLevel;
import dev.byline.InvalidArticleException;
import dev.byline.LanguageSkill;
import dev.byline.RelatedPost;
import dev.byline.TextDirection;
import dev.byline.Translation;
import dev.byline.locale.Figures;
import dev.byline.locale.Hreflang;
import dev.byline.locale.HreflangLink;
import dev.byline.locale.Languages;
import dev.byline.locale.PublicationDates;
import dev.byline.related.RelatedPosts;
import dev.byline.related.ScoredPost;
import dev.byline.web.BodyHtml;
import dev.byline.web.ShareLinks;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link ArticlePage} of an article edition from byline's model and helpers: each
 * part of the reference page comes from one byline call, named in the code below.
 *
 * <p>The page's language is the edition's: dates, numbers, language names and the template's
 * words are all in it, whatever the reader's browser prefers (the reader chose the edition).
 *
 * <p>Thread-safe.
 */
@Component
public class ArticlePages {

    /** How many similar posts a page shows. */
    static final int SIMILAR_POSTS = 4;

    private final ArticleArchive archive;
    private final Site site;

    /**
     * Creates the page builder.
     *
     * @param archive the articles, for similar posts
     * @param site the site's settings
     */
    public ArticlePages(ArticleArchive archive, Site site) {
        this.archive = archive;
        this.site = site;
    }

    /**
     * Builds the page of an article edition.
     *
     * @param stored the article as the archive holds it
     * @return the page
     */
    public ArticlePage page(Article stored) {
        URI url = site.publicUrl(stored);
        // hreflang, share links and JSON-LD need the page's absolute URL: an article posted
        // without a canonical URL gets this site's
        Article article = stored.canonicalUrl().isPresent() ? stored : stored.withCanonicalUrl(url);
        Locale reader = article.locale();
        @Nullable OffsetDateTime published = article.published().orElse(null);
        return new ArticlePage(
                article.id(),
                article.locale().toLanguageTag(),
                article.direction().htmlValue(),
                article.title(),
                article.subtitle().orElse(""),
                article.summary().orElse(""),
                url,
                alternates(article),
                StructuredData.jsonLd(article, site),
                published == null ? "" : published.toString(),
                published == null ? "" : PublicationDates.format(published, reader),
                published == null ? "" : PublicationDates.relative(published, reader, site.clock()),
                share(ShareLinks.of(article)),
                editions(article),
                BodyHtml.of(article.body()),
                Figures.count(article.wordCount(), reader),
                Figures.readingTime(article.readingTime(), reader),
                article.authors().stream().map(author -> authorBox(author, reader)).toList(),
                similar(stored, reader));
    }

    /** Every edition and x-default, which is the site's default language when the article has it. */
    private List<HreflangLink> alternates(Article article) {
        try {
            return article.availableLocales().contains(site.defaultLanguage())
                    ? Hreflang.alternates(article, site.defaultLanguage())
                    : Hreflang.alternates(article);
        } catch (InvalidArticleException e) {
            return List.of(); // an edition's language has no hreflang form, such as es-419
        }
    }

    private static List<ArticlePage.ShareLink> share(ShareLinks links) {
        List<ArticlePage.ShareLink> share = new ArrayList<>();
        for (Map.Entry<String, URI> link : links.all().entrySet()) {
            share.add(new ArticlePage.ShareLink(link.getKey(), link.getValue()));
        }
        return List.copyOf(share);
    }

    /** The language switcher: every other edition under its own language's name. */
    private List<ArticlePage.EditionLink> editions(Article article) {
        List<ArticlePage.EditionLink> editions = new ArrayList<>();
        for (Translation translation : article.translations()) {
            Locale locale = translation.locale();
            editions.add(new ArticlePage.EditionLink(locale.toLanguageTag(), Languages.direction(locale).htmlValue(),
                    Languages.autonym(locale), translation.title().orElse(""), site.href(translation.url())));
        }
        return List.copyOf(editions);
    }

    private static ArticlePage.AuthorBox authorBox(Author author, Locale reader) {
        List<ArticlePage.SpokenLanguage> languages = new ArrayList<>();
        for (LanguageSkill skill : author.languages()) {
            languages.add(new ArticlePage.SpokenLanguage(
                    skill.language().toLanguageTag(),
                    Languages.displayName(skill.language(), reader),
                    "proficiency." + skill.proficiency().wireName(),
                    skill.cefr().map(CefrLevel::wireName).orElse("")));
        }
        return new ArticlePage.AuthorBox(author.name(), author.bio().orElse(""), author.affiliations(),
                author.expertise(), List.copyOf(languages));
    }

    /** Similar posts from the archive, preferring editions in the page's language. */
    private List<ArticlePage.SimilarPost> similar(Article article, Locale reader) {
        RelatedPosts related = archive.related();
        related = related.withOptions(related.options()
                .withReaderLocale(reader)
                .withClock(site.clock())
                .withLimit(SIMILAR_POSTS));
        List<ArticlePage.SimilarPost> similar = new ArrayList<>();
        for (ScoredPost scored : related.find(article)) {
            RelatedPost post = scored.post();
            TextDirection direction = post.locale().map(Languages::direction).orElse(TextDirection.LTR);
            similar.add(new ArticlePage.SimilarPost(
                    post.title(),
                    site.href(post.url()),
                    post.locale().map(Locale::toLanguageTag).orElse(""),
                    direction.htmlValue(),
                    post.published().map(date -> PublicationDates.format(date, reader)).orElse(""),
                    post.published().map(OffsetDateTime::toString).orElse("")));
        }
        return List.copyOf(similar);
    }
}
