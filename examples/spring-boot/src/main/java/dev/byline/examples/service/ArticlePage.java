package dev.byline.examples.service;

import dev.byline.locale.HreflangLink;
import java.net.URI;
import java.util.List;

/**
 * Everything the article template shows, already computed by byline: the template only places
 * it. Text is plain and is escaped by Thymeleaf, except {@link #bodyHtml()} (sanitized by
 * {@code BodyHtml}) and {@link #jsonLd()} (escaped by {@code JsonLd} for a {@code script}
 * element). Absent optional text is an empty string.
 *
 * @param id the article's id
 * @param lang the {@code lang} of the page, a BCP 47 tag
 * @param dir the {@code dir} of the page, {@code ltr} or {@code rtl}
 * @param title the headline
 * @param subtitle the subtitle, or empty
 * @param summary the summary, or empty
 * @param url the page's canonical URL
 * @param alternates the hreflang alternates, every edition and {@code x-default}; empty when an
 *     edition's language has no hreflang form
 * @param jsonLd the schema.org JSON-LD
 * @param publishedIso the publication time for {@code <time datetime>}, or empty
 * @param published the publication date in the page's language and calendar, or empty
 * @param publishedAgo the publication time relative to now, or empty
 * @param share the share links, in the reference page's order
 * @param editions the other editions, for the language switcher
 * @param bodyHtml the body as a safe HTML fragment
 * @param words the word count in the page's digits
 * @param readingTime the reading time in the page's language
 * @param authors the author boxes
 * @param similar the similar posts
 */
public record ArticlePage(String id, String lang, String dir, String title, String subtitle, String summary,
        URI url, List<HreflangLink> alternates, String jsonLd,
        String publishedIso, String published, String publishedAgo,
        List<ShareLink> share, List<EditionLink> editions,
        String bodyHtml, String words, String readingTime,
        List<AuthorBox> authors, List<SimilarPost> similar) {

    /**
     * One share button.
     *
     * @param network the network's key, as {@code ShareLinks.all()} names it ({@code x},
     *     {@code facebook}, {@code linkedin}, {@code whatsapp}, {@code telegram}, {@code email})
     * @param url the share URL
     */
    public record ShareLink(String network, URI url) {}

    /**
     * One entry of the language switcher.
     *
     * @param lang the edition's BCP 47 tag, for {@code lang} and {@code hreflang}
     * @param dir the direction of the edition's language
     * @param autonym the language's own name, such as {@code Türkçe}
     * @param title the edition's title, or empty
     * @param href the link to the edition
     */
    public record EditionLink(String lang, String dir, String autonym, String title, String href) {}

    /**
     * The author box.
     *
     * @param name the author's name
     * @param bio the biography, or empty
     * @param affiliations the institutions
     * @param expertise the regions or subjects
     * @param languages the languages the author speaks
     */
    public record AuthorBox(String name, String bio, List<String> affiliations, List<String> expertise,
            List<SpokenLanguage> languages) {}

    /**
     * A language the author speaks.
     *
     * @param lang the language's BCP 47 tag
     * @param name the language's name in the page's language, from CLDR
     * @param proficiency the message key of the proficiency's word, such as {@code proficiency.fluent}
     * @param cefr the CEFR level, such as {@code B2}, or empty
     */
    public record SpokenLanguage(String lang, String name, String proficiency, String cefr) {}

    /**
     * A similar post.
     *
     * @param title its title
     * @param href the link to it
     * @param lang its language's BCP 47 tag, or empty if unknown
     * @param dir the direction of its language
     * @param published its date in the page's language and calendar, or empty
     * @param publishedIso its publication time for {@code <time datetime>}, or empty
     */
    public record SimilarPost(String title, String href, String lang, String dir, String published,
            String publishedIso) {}
}
