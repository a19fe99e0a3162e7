package dev.byline;

import dev.byline.internal.Rules;
import dev.byline.internal.Text;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A person who wrote an article, as the reference page's author box shows one: a name, a
 * biography, the institutions they belong to, the regions or subjects they know, and the
 * languages they speak.
 *
 * <p>Invariants: {@code id} and {@code name} are one line of plain text, not blank, at most
 * {@link Limits#MAX_ID_LENGTH} and {@link Limits#MAX_NAME_LENGTH}, without control characters
 * or bidi overrides; {@code bio} is prose of at most {@link Limits#MAX_BIO_LENGTH};
 * {@code affiliations} and {@code expertise} are unique plain-text entries of at most
 * {@link Limits#MAX_NAME_LENGTH}; {@code languages} name each language once; {@code url} and
 * {@code sameAs} are absolute http(s) URLs without credentials, {@code sameAs} unique; no list
 * is longer than {@link Limits#MAX_LIST_SIZE}. Strings are NFC. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAuthor {

    static final Set<String> ATTRIBUTES = Set.of(
            "id", "name", "bio", "affiliations", "expertise", "languages", "url", "image", "sameAs");

    /**
     * Returns the author's identifier, stable across articles.
     *
     * @return the id; never null or blank
     */
    public abstract String id();

    /**
     * Returns the author's name as it should be displayed.
     *
     * @return the name, NFC; never null or blank
     */
    public abstract String name();

    /**
     * Returns the author's biography.
     *
     * @return the biography, NFC, or empty
     */
    public abstract Optional<String> bio();

    /**
     * Returns the institutions the author belongs to, in display order.
     *
     * @return an unmodifiable list; never null, may be empty
     */
    public abstract List<String> affiliations();

    /**
     * Returns the regions or subjects the author writes about, such as {@code Afghanistan}.
     *
     * @return an unmodifiable list; never null, may be empty
     */
    public abstract List<String> expertise();

    /**
     * Returns the languages the author speaks, in display order.
     *
     * @return an unmodifiable list, one entry per language; never null, may be empty
     */
    public abstract List<LanguageSkill> languages();

    /**
     * Returns the author's page.
     *
     * @return the absolute http(s) URL, or empty
     */
    public abstract Optional<URI> url();

    /**
     * Returns the author's portrait.
     *
     * @return the image, or empty
     */
    public abstract Optional<Image> image();

    /**
     * Returns other pages that identify the author (profiles, institutional pages).
     *
     * @return an unmodifiable list of unique absolute http(s) URLs; never null, may be empty
     */
    public abstract List<URI> sameAs();

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
    AbstractAuthor normalize() {
        String id = id();
        String name = name();
        Optional<String> bio = bio();
        // each check also tells whether its value is surely NFC, which spares a second pass below
        boolean surelyNfc = Rules.plain("id", id, Limits.MAX_ID_LENGTH);
        surelyNfc &= Rules.plain("name", name, Limits.MAX_NAME_LENGTH);
        surelyNfc &= Rules.prose("bio", bio, Limits.MAX_BIO_LENGTH);
        surelyNfc &= Rules.plainTerms("affiliations", affiliations(), Limits.MAX_NAME_LENGTH, Limits.MAX_LIST_SIZE);
        surelyNfc &= Rules.plainTerms("expertise", expertise(), Limits.MAX_NAME_LENGTH, Limits.MAX_LIST_SIZE);
        Rules.size("languages", languages(), Limits.MAX_LIST_SIZE);
        Rules.unique("languages", ".language", languages(), LanguageSkill::language);
        url().ifPresent(v -> Rules.url("url", v));
        Rules.size("sameAs", sameAs(), Limits.MAX_LIST_SIZE);
        for (int i = 0; i < sameAs().size(); i++) {
            Rules.url("sameAs", i, sameAs().get(i));
        }
        Rules.unique("sameAs", "", sameAs(), Function.identity());
        extensions().requireNoneOf(ATTRIBUTES);
        if (surelyNfc) {
            return this;
        }

        // each Text.nfc returns its argument itself when nothing changes
        String nfcId = Text.nfc(id);
        String nfcName = Text.nfc(name);
        Optional<String> nfcBio = Text.nfc(bio);
        List<String> affiliations = Text.nfc(affiliations());
        List<String> expertise = Text.nfc(expertise());
        if (nfcId == id && nfcName == name && nfcBio == bio
                && affiliations == affiliations() && expertise == expertise()) {
            return this;
        }
        return Author.builder().from(this).id(nfcId).name(nfcName).bio(nfcBio)
                .affiliations(affiliations).expertise(expertise).build();
    }
}
