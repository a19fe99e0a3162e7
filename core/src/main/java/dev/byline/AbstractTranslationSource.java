package dev.byline;

import dev.byline.internal.Rules;
import dev.byline.internal.Text;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Where an edition was translated from, how, and by whom: the source edition's language and its
 * id or URL, the source's {@code modified} time the translation was made from, the
 * {@link TranslationMethod}, and the {@link Translator}s.
 *
 * <pre>{@code
 * TranslationSource.builder()
 *         .locale(Locale.ENGLISH).id("border-markets-2025-11")
 *         .sourceModified(OffsetDateTime.parse("2025-11-22T08:00:00+05:00"))
 *         .method(TranslationMethod.MACHINE_REVIEWED)
 *         .addTranslator(Translator.of("Leyla Aydın", TranslatorType.PERSON))
 *         .build();
 * }</pre>
 *
 * <p>Invariants: {@code locale} names a language; at least one of {@code id} (plain text of at
 * most {@link Limits#MAX_ID_LENGTH}, NFC) and {@code url} (an absolute http(s) URL) is given;
 * translators are at most {@link Limits#MAX_LIST_SIZE}. The article holding it further requires
 * the source's language to differ from its own. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractTranslationSource {

    static final Set<String> ATTRIBUTES = Set.of("locale", "id", "url", "sourceModified", "method", "translators");

    /**
     * Returns the language of the source edition.
     *
     * @return the locale; never null
     */
    public abstract Locale locale();

    /**
     * Returns the id of the source edition, when it is an article of the same archive.
     *
     * @return the id, NFC, or empty
     */
    public abstract Optional<String> id();

    /**
     * Returns where the source edition is published.
     *
     * @return the absolute http(s) URL, or empty
     */
    public abstract Optional<URI> url();

    /**
     * Returns the source's {@code modified} (or {@code published}) time that the translation
     * was made from; when the source has been modified since, the translation is outdated
     * ({@link #isOutdatedBy(OffsetDateTime)}).
     *
     * @return the time, or empty when unknown
     */
    public abstract Optional<OffsetDateTime> sourceModified();

    /**
     * Returns how the edition was translated.
     *
     * @return the method; never null
     */
    public abstract TranslationMethod method();

    /**
     * Returns who translated the edition, in display order.
     *
     * @return an unmodifiable list; never null, may be empty (for a machine translation, say)
     */
    public abstract List<Translator> translators();

    /**
     * Tells whether the source has changed since the translation was made: its time now is
     * after {@link #sourceModified()}. Compares instants, whatever the offsets.
     *
     * @param sourceModifiedNow the source's current {@code modified} (or {@code published}) time
     * @return true if the translation is outdated; false if it is current or the time it was
     *     made from is unknown
     */
    public boolean isOutdatedBy(OffsetDateTime sourceModifiedNow) {
        return sourceModified().map(made -> sourceModifiedNow.toInstant().isAfter(made.toInstant())).orElse(false);
    }

    /**
     * Returns the properties byline does not know, kept for a lossless round trip.
     *
     * @return the extensions; never null, empty by default
     */
    @Value.Default
    public Extensions extensions() {
        return Extensions.empty();
    }

    @Value.Check
    AbstractTranslationSource normalize() {
        Rules.locale("locale", locale());
        boolean surelyNfc = Rules.plain("id", id(), Limits.MAX_ID_LENGTH);
        url().ifPresent(v -> Rules.url("url", v));
        if (id().isEmpty() && url().isEmpty()) {
            throw new InvalidArticleException("url", "must be given when id is not: a translation names its source by id or URL",
                    null);
        }
        Rules.size("translators", translators(), Limits.MAX_LIST_SIZE);
        extensions().requireNoneOf(ATTRIBUTES);
        Optional<String> id = surelyNfc ? id() : Text.nfc(id());
        return id == id() ? this : TranslationSource.copyOf(this).withId(id);
    }
}
