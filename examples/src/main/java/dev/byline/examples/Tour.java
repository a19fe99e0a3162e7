package dev.byline.examples;

import dev.byline.Article;
import dev.byline.Author;
import dev.byline.InvalidArticleException;
import dev.byline.LanguageSkill;
import dev.byline.RelatedPost;
import dev.byline.Translation;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * A runnable tour of byline: the model, slugs, languages and dates, similar posts and the JSON
 * wire format, each part printed by its own class. Run it from the repository root with
 * {@code mvn -q install -DskipTests && mvn -q -pl examples exec:java} (the first command puts the
 * library's modules in the local Maven repository, where the second finds them).
 */
public final class Tour {

    private Tour() {}

    /**
     * Prints the tour to standard output (UTF-8).
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        run(out);
    }

    /**
     * Prints the tour.
     *
     * @param out where to print; not null
     */
    public static void run(PrintStream out) {
        Article article = SampleArticle.article();
        printModel(article, out);
        printInvalid(article, out);
        SlugTour.print(article, out);
        out.println();
        out.println("== Languages, dates and sharing ==");
        LocaleTour.print(article, out);
        out.println();
        RelatedTour.print(article, out);
        out.println();
        EditionsTour.print(article, out);
        out.println();
        JsonTour.print(article, out);
    }

    static void printModel(Article article, PrintStream out) {
        out.println("== The article ==");
        out.println("Title:      " + article.title());
        out.println("Slug:       " + article.slug());
        out.println("Language:   " + article.locale().toLanguageTag());
        out.println("Status:     " + article.status().wireName());
        out.println("Published:  " + article.published().map(Object::toString).orElse("-"));
        out.println("Modified:   " + article.modified().map(Object::toString).orElse("-"));
        out.println("Canonical:  " + article.canonicalUrl().map(Object::toString).orElse("-"));
        out.println("Categories: " + String.join(", ", article.categories()));
        out.println("Tags:       " + String.join(", ", article.tags()));
        out.println("Available:  " + article.availableLocales().stream()
                .map(l -> l.toLanguageTag()).collect(Collectors.joining(", ")));
        out.println();
        out.println("== Translations ==");
        for (Translation t : article.translations()) {
            out.println(t.locale().toLanguageTag() + "  " + t.title().orElse("") + "  <" + t.url() + ">");
        }
        out.println();
        out.println("== Authors ==");
        for (Author a : article.authors()) {
            out.println(a.name() + " (" + String.join(", ", a.affiliations()) + ")");
            out.println("  Expertise: " + String.join(", ", a.expertise()));
            out.println("  Languages: " + a.languages().stream().map(Tour::skill).collect(Collectors.joining(", ")));
        }
        out.println();
        out.println("== Similar posts ==");
        for (RelatedPost p : article.related()) {
            out.println(p.published().map(d -> d.toLocalDate().toString()).orElse("") + "  " + p.title());
        }
        out.println();
    }

    private static String skill(LanguageSkill s) {
        return s.language().toLanguageTag() + " " + s.proficiency().wireName()
                + s.cefr().map(c -> " (" + c.wireName() + ")").orElse("");
    }

    static void printInvalid(Article article, PrintStream out) {
        out.println("== Invariants ==");
        try {
            article.withTitle("Moscow \u202Eand Kabul");
        } catch (InvalidArticleException e) {
            out.println("Rejected: " + e.getMessage());
        }
        try {
            article.withTranslations(article.translations().get(0), article.translations().get(0));
        } catch (InvalidArticleException e) {
            out.println("Rejected: " + e.getMessage());
        }
        out.println();
    }
}
