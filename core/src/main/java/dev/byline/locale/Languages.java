package dev.byline.locale;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.CaseMap;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;
import dev.byline.InvalidValueException;
import dev.byline.TextDirection;
import dev.byline.internal.BoundedCache;
import dev.byline.internal.LocaleData;
import java.util.Locale;
import java.util.Objects;

/**
 * Language names, text direction and language tags, from ICU's copy of CLDR.
 *
 * <p>{@link #autonym(Locale)} gives a language's own name as a language switcher shows it
 * ({@code Türkçe}, {@code Русский}, {@code فارسی}, {@code دری} for {@code fa-AF});
 * {@link #displayName(Locale, Locale)} gives it in the reader's language;
 * {@link #direction(Locale)} says whether its script runs right to left; and
 * {@link #parse(String)} turns what people and old systems write ({@code tr_TR},
 * {@code EN-us}, {@code iw}, {@code en-UK}) into a canonical {@link Locale}, refusing what is
 * not a language.
 *
 * <p>Static methods only. Immutable and thread-safe.
 */
public final class Languages {

    /** Longest tag {@link #parse(String)} accepts, in characters. */
    public static final int MAX_TAG_LENGTH = 64;

    private static final BoundedCache<ULocale, LocaleDisplayNames> NAMES = new BoundedCache<>(256,
            reader -> LocaleDisplayNames.getInstance(reader, DisplayContext.DIALECT_NAMES,
                    DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU));

    private static final CaseMap.Title FIRST_LETTER = CaseMap.toTitle().wholeString().noLowercase();

    private Languages() {}

    /**
     * Returns a language's name in that language, as a language switcher lists it: with CLDR's
     * capitalization for lists and menus ({@code Русский}, {@code Français}), CLDR's dialect
     * names where it has one for the region ({@code fa-AF} gives {@code دری}, {@code en-GB}
     * gives {@code British English}), and the region otherwise ({@code Português (Brasil)}).
     *
     * <p>Two rules go beyond ICU's own output. Where CLDR has no capitalization data for the
     * language (Uzbek, Norwegian, Serbian…), the first letter is still titlecased with the
     * language's own case rules ({@code Ўзбекча}, {@code Norsk bokmål}), because a menu entry
     * starts with a capital in those languages too. And a script subtag is left out when the
     * name is already written in that script, since the name shows it ({@code uz-Cyrl} gives
     * {@code Ўзбекча}, not {@code Ўзбекча (Кирил)}; {@code sr-Latn} gives {@code Srpski});
     * {@code zh-Hans} and {@code zh-Hant} keep CLDR's {@code 简体中文} and {@code 繁體中文}.
     *
     * <p>When ICU has no locale data for the language at all (for example Dhivehi,
     * {@code dv}), the English name is returned rather than a name in the JVM's default
     * locale.
     *
     * @param language the language, possibly with script and region; not null
     * @return the name, never null or empty
     * @throws InvalidValueException if the locale names no language (path {@code language})
     */
    public static String autonym(Locale language) {
        ULocale u = named("language", language);
        ULocale reader = LocaleData.dataLocale(u);
        LocaleDisplayNames names = NAMES.get(reader);
        String name = names.localeDisplayName(u);
        if (!u.getScript().isEmpty()) {
            String withoutScript = names.localeDisplayName(
                    new ULocale.Builder().setLocale(u).setScript("").build());
            if (writtenIn(withoutScript, UScript.getCodeFromName(u.getScript()))) {
                name = withoutScript;
            }
        }
        return capitalize(name, reader);
    }

    /**
     * Returns a language's name in the reader's language, capitalized for a list or menu as
     * {@link #autonym(Locale)} is: {@code displayName(tr, ru)} is {@code Турецкий},
     * {@code displayName(fa-AF, en)} is {@code Dari}, {@code displayName(sr-Latn, en)} is
     * {@code Serbian (Latin)}. When ICU has no locale data for the reader's language, the
     * English name is returned.
     *
     * @param language the language to name; not null
     * @param reader the language to write the name in; not null
     * @return the name, never null or empty
     * @throws InvalidValueException if either locale names no language (path
     *     {@code language} or {@code reader})
     */
    public static String displayName(Locale language, Locale reader) {
        ULocale u = named("language", language);
        ULocale r = LocaleData.dataLocale(named("reader", reader));
        return capitalize(NAMES.get(r).localeDisplayName(u), r);
    }

    /**
     * Returns the direction of the language's script: the script subtag when there is one,
     * otherwise the script CLDR's likely-subtags data gives the language and region. So
     * {@code fa}, {@code ps}, {@code ar}, {@code he}, {@code ur}, {@code ckb}, {@code dv},
     * {@code yi} and {@code uz-Arab} are {@link TextDirection#RTL}, while {@code uz} (Latin
     * script) and {@code az-IR}… follow their likely script. A language CLDR knows nothing
     * about is {@link TextDirection#LTR}.
     *
     * @param language the language; not null
     * @return the direction; never null
     */
    public static TextDirection direction(Locale language) {
        Objects.requireNonNull(language, "language");
        return LocaleData.canonical(language).isRightToLeft() ? TextDirection.RTL : TextDirection.LTR;
    }

    /**
     * Parses a language tag, lenient where the intent is clear and strict where it is not.
     *
     * <p>Accepted and corrected: surrounding white space, underscores for hyphens
     * ({@code tr_TR}), any letter case ({@code EN-us}), and the aliases CLDR lists
     * ({@code iw} to {@code he}, {@code in} to {@code id}, {@code prs} to {@code fa-AF},
     * {@code sh} to {@code sr-Latn}, region {@code UK} to {@code GB}, {@code i-klingon} to
     * {@code tlh}). Unicode extensions such as {@code -u-ca-persian} are kept.
     *
     * <p>Refused, where ICU alone would quietly return {@code und} or an empty locale: empty
     * or over-long input, characters other than ASCII letters, digits, hyphens and
     * underscores, ill-formed tags ({@code en--US}, {@code 123}), tags without a language
     * ({@code und}, {@code x-default}), language subtags longer than three letters
     * ({@code english}), and codes CLDR does not list as valid ({@code xx}, {@code qaa},
     * script {@code Qaaa}, region {@code XX}).
     *
     * @param tag the tag to parse; not null
     * @return the canonical locale, such as {@code he} or {@code en-GB}; never null
     * @throws InvalidValueException with path {@code tag}, the broken rule and the
     *     (shortened) input, when the tag is refused
     */
    public static Locale parse(String tag) {
        Objects.requireNonNull(tag, "tag");
        String t = tag.strip();
        if (t.isEmpty()) {
            throw new InvalidValueException("tag", "must not be empty", tag);
        }
        if (t.length() > MAX_TAG_LENGTH) {
            throw new InvalidValueException("tag", "must be at most " + MAX_TAG_LENGTH + " characters long", tag);
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                throw new InvalidValueException("tag",
                        "must contain only ASCII letters, digits, hyphens and underscores", tag);
            }
        }
        ULocale u;
        try {
            u = new ULocale.Builder().setLanguageTag(t.replace('_', '-')).build();
        } catch (IllformedLocaleException e) {
            throw new InvalidValueException("tag", "must be a well-formed BCP 47 language tag ("
                    + e.getMessage() + ")", tag);
        }
        String language = u.getLanguage();
        if (language.isEmpty() || "und".equals(language)) {
            if (t.length() > 1 && (t.charAt(0) == 'x' || t.charAt(0) == 'X') && t.charAt(1) == '-') {
                throw new InvalidValueException("tag", "must name a language; a private-use tag such as "
                        + "x-default is not one", tag);
            }
            throw new InvalidValueException("tag", "must name a language, not und (undetermined)", tag);
        }
        if (language.length() > 3) {
            throw new InvalidValueException("tag",
                    "must start with an ISO 639 language code of two or three letters", tag);
        }
        ULocale c = LocaleData.canonical(u);
        if (!LocaleData.isKnownLanguage(c.getLanguage())) {
            throw new InvalidValueException("tag", "must start with a valid ISO 639 language code ("
                    + c.getLanguage() + " is not one)", tag);
        }
        if (!c.getScript().isEmpty() && !LocaleData.isKnownScript(c.getScript())) {
            throw new InvalidValueException("tag", "has a script that is not a valid ISO 15924 code ("
                    + c.getScript() + ")", tag);
        }
        if (!c.getCountry().isEmpty() && !LocaleData.isKnownRegion(c.getCountry())) {
            throw new InvalidValueException("tag", "has a region that is not a valid ISO 3166 or UN M.49 code ("
                    + c.getCountry() + ")", tag);
        }
        return c.toLocale();
    }

    static ULocale named(String path, Locale locale) {
        Objects.requireNonNull(locale, path);
        ULocale u = LocaleData.canonical(locale);
        if (u.getLanguage().isEmpty() || "und".equals(u.getLanguage())) {
            throw new InvalidValueException(path, "must name a language", locale.toLanguageTag());
        }
        return u;
    }

    private static boolean writtenIn(String text, int script) {
        boolean anyLetter = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.isLetter(cp)) {
                if (!UScript.hasScript(cp, script)) {
                    return false;
                }
                anyLetter = true;
            }
        }
        return anyLetter;
    }

    private static String capitalize(String name, ULocale locale) {
        if (name.isEmpty() || !UCharacter.isLowerCase(name.codePointAt(0))) {
            return name;
        }
        return FIRST_LETTER.apply(locale.toLocale(), null, name);
    }
}
