package dev.byline;

import dev.byline.internal.Rules;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A language an author speaks and how well: {@code LanguageSkill.of(new Locale("fa"),
 * Proficiency.FLUENT)}, or with a CEFR level through {@code LanguageSkill.builder()}.
 *
 * <p>Invariants: {@code language} names a language (ISO 639 code, optionally with script or
 * region, such as {@code fa-AF}); a {@code cefr} level, when present, lies in the range of the
 * {@link Proficiency} ({@link Proficiency#admits}). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractLanguageSkill {

    static final Set<String> ATTRIBUTES = Set.of("language", "proficiency", "cefr");

    /**
     * Returns the language.
     *
     * @return the language as a locale, such as {@code ps} or {@code fa-AF}; never null
     */
    @Value.Parameter
    public abstract Locale language();

    /**
     * Returns how well the language is spoken.
     *
     * @return the proficiency; never null
     */
    @Value.Parameter
    public abstract Proficiency proficiency();

    /**
     * Returns the CEFR level, when one was given.
     *
     * @return the level, or empty
     */
    public abstract Optional<CefrLevel> cefr();

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
    void check() {
        Rules.locale("language", language());
        extensions().requireNoneOf(ATTRIBUTES);
        cefr().ifPresent(level -> {
            if (!proficiency().admits(level)) {
                throw new InvalidArticleException("cefr", "must lie in " + proficiency().cefrRange()
                        + " for proficiency " + proficiency().wireName(), level);
            }
        });
    }
}
