package dev.byline.examples;

import dev.byline.Article;
import dev.byline.locale.Edition;
import dev.byline.locale.Hreflang;
import dev.byline.locale.Languages;
import dev.byline.locale.LocaleNegotiator;
import dev.byline.locale.PublicationDates;
import dev.byline.text.Excerpts;
import dev.byline.text.PlainText;
import dev.byline.web.ShareLinks;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The locale part of the tour: the "also available in" line, the best edition for three
 * readers, hreflang tags, localized dates, reading time and share links.
 */
public final class LocaleTour {

    private LocaleTour() {}

    /**
     * Prints the locale features for an article.
     *
     * @param article a published article with a canonical URL and translations
     * @param out where to print
     */
    public static void print(Article article, PrintStream out) {
        StringJoiner also = new StringJoiner(" ", "This post is also available in: ", "");
        article.translations().forEach(t -> also.add(Languages.autonym(t.locale())));
        out.println(also);
        out.println("Direction: " + article.direction().htmlValue() + ", " + article.wordCount() + " words, about "
                + Math.max(1, Math.round(article.readingTime().getSeconds() / 60.0)) + " min read");

        for (String header : List.of("tr-TR,tr;q=0.9,en-US;q=0.8", "uk-UA, be;q=0.7", "fa-AF, ps;q=0.8")) {
            Edition e = LocaleNegotiator.bestEdition(article, header);
            out.println("Accept-Language " + header + " -> " + e.locale().toLanguageTag()
                    + (e.isOriginal() ? " (original)" : " (translation)") + ": " + e.title());
        }

        out.println(Hreflang.toHtml(Hreflang.alternates(article)));

        Clock clock = Clock.fixed(article.published().orElseThrow().toInstant().plusSeconds(3 * 86_400), ZoneOffset.UTC);
        for (String tag : List.of("en", "tr", "ru", "fa-IR", "th-TH")) {
            Locale reader = Locale.forLanguageTag(tag);
            out.println("Date (" + tag + "): " + PublicationDates.format(article.published().orElseThrow(), reader)
                    + " · " + PublicationDates.relative(article.published().orElseThrow(), reader, clock));
        }
        out.println("Excerpt: " + Excerpts.excerpt(PlainText.of(article.body()), article.locale(), 80));
        ShareLinks.of(article).all().forEach((name, uri) -> out.println("Share on " + name + ": " + uri));
    }
}
