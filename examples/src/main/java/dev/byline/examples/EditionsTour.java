package dev.byline.examples;

import dev.byline.Article;
import dev.byline.Correction;
import dev.byline.Slug;
import dev.byline.Translation;
import dev.byline.TranslationMethod;
import dev.byline.TranslationSource;
import dev.byline.Translator;
import dev.byline.TranslatorType;
import dev.byline.locale.Languages;
import dev.byline.web.Redirects;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The editions part of the tour: the Turkish edition as a machine translation reviewed by a
 * person, with the label an "also available in" block would show; the Russian edition made from
 * an earlier state of the English text, so it is outdated; a renamed article and the redirect map
 * of the archive; and a correction. The label's words are the tour's own, as a site's would be.
 */
public final class EditionsTour {

    private EditionsTour() {}

    /**
     * Prints this part of the tour to standard output (UTF-8).
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(SampleArticle.article(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Prints this part of the tour for the sample article.
     *
     * @param article the English original; not null
     * @param out where to print; not null
     */
    public static void print(Article article, PrintStream out) {
        out.println("== Editions: provenance, outdated translations, redirects, corrections ==");
        Locale tr = Locale.forLanguageTag("tr");
        Locale ru = Locale.forLanguageTag("ru");
        OffsetDateTime englishNow = article.modified().orElseThrow();

        // the English original records how each edition was made, and from which state of itself
        Translation turkishLink = Translation.builder().from(article.translation(tr).orElseThrow())
                .method(TranslationMethod.MACHINE_REVIEWED).sourceModified(englishNow).build();
        Translation russianLink = Translation.builder().from(article.translation(ru).orElseThrow())
                .method(TranslationMethod.HUMAN).sourceModified(article.published().orElseThrow()).build();
        Article english = article.withTranslations(turkishLink, russianLink);
        for (Translation t : english.translations()) {
            out.println(Languages.autonym(t.locale()) + ": " + label(t.method().orElseThrow()));
        }
        for (Translation t : english.outdatedTranslations()) {
            out.println("Needs update: " + t.locale().toLanguageTag() + " (made from the text of "
                    + t.sourceModified().orElseThrow() + ", English changed " + englishNow + ")");
        }

        // the Turkish edition, renamed once, with a correction
        Translation englishLink = Translation.builder().locale(Locale.ENGLISH).url(article.canonicalUrl().orElseThrow())
                .title(article.title()).slug(article.slug()).build();
        Article turkish = Article.builder().from(article)
                .id(article.id() + "-tr")
                .locale(tr)
                .title(turkishLink.title().orElseThrow())
                .slug(turkishLink.slug().orElseThrow())
                .previousSlugs(List.of(Slug.of("rusya-taliban-iliskileri")))
                .canonicalUrl(turkishLink.url())
                .translations(List.of(englishLink))
                .translationOf(TranslationSource.builder()
                        .locale(Locale.ENGLISH).id(article.id()).url(article.canonicalUrl().orElseThrow())
                        .sourceModified(englishNow).method(TranslationMethod.MACHINE_REVIEWED)
                        .addTranslator(Translator.of("Leyla Aydın", TranslatorType.PERSON))
                        .build())
                .addCorrection(Correction.of(englishNow.plusDays(1),
                        "Önceki sürümde büyükelçiliğin açılış yılı yanlış verilmişti."))
                .build();
        TranslationSource source = turkish.translationOf().orElseThrow();
        out.println("Turkish edition: translated from " + Languages.displayName(source.locale(), Locale.ENGLISH)
                + " by " + source.translators().get(0).name() + ", " + label(source.method())
                + (source.method().needsDisclosure() ? " [disclosure required]" : ""));
        out.println("Outdated now? " + source.isOutdatedBy(englishNow) + "; after an English edit? "
                + source.isOutdatedBy(englishNow.plusHours(2)));
        for (Correction c : turkish.corrections()) {
            out.println("Correction (" + c.date().toLocalDate() + "): " + c.text());
        }

        Map<String, URI> redirects = Redirects.permanent(List.of(english, turkish), URI.create(SampleArticle.SITE),
                (a, slug) -> "/" + a.locale().toLanguageTag() + "/" + slug.value() + "/");
        redirects.forEach((from, to) -> out.println("301 " + from + " -> " + to));
    }

    /** The switcher's label, in the tour's own English words (a site keeps these in its messages). */
    static String label(TranslationMethod method) {
        switch (method) {
            case MACHINE:
                return "machine translation";
            case MACHINE_REVIEWED:
                return "machine translation, reviewed by an editor";
            default:
                return "translated by people";
        }
    }
}
