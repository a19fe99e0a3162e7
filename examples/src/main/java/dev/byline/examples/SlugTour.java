package dev.byline.examples;

import dev.byline.Article;
import dev.byline.Translation;
import dev.byline.slug.Slugger;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;

/** The slug part of the tour: slugs of an article and its translations, and the builder options. */
public final class SlugTour {

    private SlugTour() {}

    /**
     * Prints the slug of the article's title and of each translation's title, each made by the
     * rules of its own language, then a few builder options at work.
     *
     * @param article the sample article; not null
     * @param out where to print; not null
     */
    public static void print(Article article, PrintStream out) {
        out.println("== Slugs");
        line(out, article.locale(), article.title());
        for (Translation translation : article.translations()) {
            translation.title().ifPresent(title -> line(out, translation.locale(), title));
        }

        Slugger custom = Slugger.builder()
                .locale(Locale.ENGLISH)
                .maxLength(30)
                .replace("C++", "cpp")
                .reserved("admin")
                .build();
        out.println("  maxLength 30:  " + custom.slugify(article.title()));
        out.println("  replacement:   " + custom.slugify("Why C++ Still Matters"));
        out.println("  reserved word: " + custom.slugify("Admin"));
        Set<String> taken = Set.of(article.slug().value());
        out.println("  taken:         " + Slugger.forLocale(article.locale()).slugify(article.title(), taken::contains));
        out.println("  fallback:      " + Slugger.forLocale(Locale.ENGLISH).withFallback(article.id()).slugify("?!"));
        Slugger unicode = Slugger.builder().locale(Locale.forLanguageTag("ru")).unicode(true).build();
        for (Translation translation : article.translations()) {
            if (translation.locale().getLanguage().equals("ru")) {
                translation.title().ifPresent(title -> out.println("  unicode (ru):  " + unicode.slugify(title)));
            }
        }
    }

    private static void line(PrintStream out, Locale locale, String title) {
        out.printf(Locale.ROOT, "  [%s] %s%n       -> %s%n", locale.toLanguageTag(), title,
                Slugger.forLocale(locale).slugify(title));
    }
}
