package dev.byline.locale;

import dev.byline.Article;
import dev.byline.Translation;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One edition of an article chosen for a reader: the article itself or one of its
 * translations. Returned by {@link LocaleNegotiator#bestEdition(Article, String)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Edition {

    private final Article article;
    private final Optional<Translation> translation;

    private Edition(Article article, Optional<Translation> translation) {
        this.article = article;
        this.translation = translation;
    }

    /**
     * Returns the article's own edition.
     *
     * @param article the article; not null
     * @return the edition; never null
     */
    public static Edition original(Article article) {
        return new Edition(Objects.requireNonNull(article, "article"), Optional.empty());
    }

    /**
     * Returns the edition of one of the article's translations.
     *
     * @param article the article; not null
     * @param translation one of {@code article.translations()}; not null
     * @return the edition; never null
     * @throws IllegalArgumentException if the translation is not one of the article's
     */
    public static Edition of(Article article, Translation translation) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(translation, "translation");
        if (!article.translations().contains(translation)) {
            throw new IllegalArgumentException("translation " + translation.locale().toLanguageTag()
                    + " is not one of the article's translations");
        }
        return new Edition(article, Optional.of(translation));
    }

    /**
     * Tells whether this is the article itself rather than a translation.
     *
     * @return true for the article's own edition
     */
    public boolean isOriginal() {
        return translation.isEmpty();
    }

    /**
     * Returns the language of this edition.
     *
     * @return the locale; never null
     */
    public Locale locale() {
        return translation.map(Translation::locale).orElse(article.locale());
    }

    /**
     * Returns the translation this edition is, when it is not the original.
     *
     * @return the translation, or empty for the original
     */
    public Optional<Translation> translation() {
        return translation;
    }

    /**
     * Returns where this edition is published: the translation's URL, or the article's
     * canonical URL.
     *
     * @return the URL, or empty when the original has no canonical URL
     */
    public Optional<URI> url() {
        return translation.isPresent() ? translation.map(Translation::url) : article.canonicalUrl();
    }

    /**
     * Returns this edition's title: the translation's title when it has one, otherwise the
     * article's.
     *
     * @return the title; never null
     */
    public String title() {
        return translation.flatMap(Translation::title).orElse(article.title());
    }

    /**
     * Returns the article this edition belongs to.
     *
     * @return the article; never null
     */
    public Article article() {
        return article;
    }

    /**
     * Compares the article (by equality) and the chosen translation.
     *
     * @param o the other object
     * @return true if {@code o} is the same edition of an equal article
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Edition && ((Edition) o).article.equals(article)
                && ((Edition) o).translation.equals(translation);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return article.hashCode() * 31 + translation.hashCode();
    }

    /**
     * Returns a short description, such as {@code Edition[tr, translation]}.
     *
     * @return the description; never null
     */
    @Override
    public String toString() {
        return "Edition[" + locale().toLanguageTag() + ", " + (isOriginal() ? "original" : "translation") + "]";
    }
}
