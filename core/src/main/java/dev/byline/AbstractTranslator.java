package dev.byline;

import dev.byline.internal.Rules;
import dev.byline.internal.Text;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Who translated an edition: a person or an organization, optionally the same as one of the
 * site's authors ({@code authorId}). {@code Translator.of("Leyla Aydın", TranslatorType.PERSON)}.
 *
 * <p>Invariants: {@code name} is one line of plain text of at most {@link Limits#MAX_NAME_LENGTH},
 * NFC; {@code authorId}, when present, is one line of plain text of at most
 * {@link Limits#MAX_ID_LENGTH}, NFC like the author id it names. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractTranslator {

    static final Set<String> ATTRIBUTES = Set.of("name", "type", "authorId");

    /**
     * Returns the translator's name.
     *
     * @return the name, NFC; never null or blank
     */
    @Value.Parameter
    public abstract String name();

    /**
     * Returns whether the translator is a person or an organization.
     *
     * @return the type; never null
     */
    @Value.Parameter
    public abstract TranslatorType type();

    /**
     * Returns the id of the {@link Author} this translator is, when the site has one.
     *
     * @return the author id, NFC, or empty
     */
    public abstract Optional<String> authorId();

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
    AbstractTranslator normalize() {
        // each check also tells whether its value is surely NFC, which spares a second pass below
        boolean surelyNfc = Rules.plain("name", name(), Limits.MAX_NAME_LENGTH);
        surelyNfc &= Rules.plain("authorId", authorId(), Limits.MAX_ID_LENGTH);
        extensions().requireNoneOf(ATTRIBUTES);
        if (surelyNfc) {
            return this;
        }
        // each Text.nfc returns its argument itself when nothing changes
        String name = Text.nfc(name());
        Optional<String> authorId = Text.nfc(authorId());
        return name == name() && authorId == authorId() ? this
                : Translator.copyOf(this).withName(name).withAuthorId(authorId);
    }
}
