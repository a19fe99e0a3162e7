package dev.byline.internal;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.impl.ICUResourceBundle;
import com.ibm.icu.impl.ValidIdentifiers;
import com.ibm.icu.util.ULocale;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import com.ibm.icu.util.IllformedLocaleException;
import java.util.Set;

/**
 * Locale facts read from ICU's copy of CLDR: which codes are valid, which languages have
 * locale data, ellipsis patterns, canonical forms. Not API.
 *
 * <p>Two lookups use ICU classes outside ICU's public API ({@code ValidIdentifiers} for
 * CLDR's validity data and {@code ICUResourceBundle} for the ellipsis patterns), because the
 * public API does not expose that data. They are confined to this class so that an ICU
 * upgrade touches one file.
 */
public final class LocaleData {

    private static final Set<ValidIdentifiers.Datasubtype> REGULAR =
            EnumSet.of(ValidIdentifiers.Datasubtype.regular);
    private static final Set<ValidIdentifiers.Datasubtype> REGIONS =
            EnumSet.of(ValidIdentifiers.Datasubtype.regular, ValidIdentifiers.Datasubtype.macroregion);

    private static final BoundedCache<String, ULocale> CANONICAL =
            new BoundedCache<>(4096, tag -> ULocale.createCanonical(ULocale.forLanguageTag(tag)));

    private static final Optional<ULocale> NONE = Optional.empty();

    private static final BoundedCache<String, Optional<ULocale>> RANGES = new BoundedCache<>(4096, LocaleData::range);

    private static final BoundedCache<ULocale, String[]> ELLIPSIS = new BoundedCache<>(512, LocaleData::loadEllipsis);

    private LocaleData() {}

    private static final class Available {
        static final Set<String> LANGUAGES = languages();

        private static Set<String> languages() {
            Set<String> set = new HashSet<>();
            for (ULocale u : ULocale.getAvailableLocales()) {
                set.add(u.getLanguage());
                if (!u.getScript().isEmpty()) {
                    set.add(u.getLanguage() + "_" + u.getScript());
                }
            }
            set.remove("");
            return Set.copyOf(set);
        }
    }

    /** Whether CLDR lists the language code as a regular (not deprecated, reserved or special) ISO 639 code. */
    public static boolean isKnownLanguage(String code) {
        return ValidIdentifiers.isValid(ValidIdentifiers.Datatype.language, REGULAR, code) != null;
    }

    /** Whether CLDR lists the script code as a regular ISO 15924 script. */
    public static boolean isKnownScript(String code) {
        return ValidIdentifiers.isValid(ValidIdentifiers.Datatype.script, REGULAR, code.toLowerCase(Locale.ROOT)) != null;
    }

    /** Whether CLDR lists the region as a regular ISO 3166 region or a UN M.49 macro-region. */
    public static boolean isKnownRegion(String code) {
        return ValidIdentifiers.isValid(ValidIdentifiers.Datatype.region, REGIONS, code.toLowerCase(Locale.ROOT)) != null;
    }

    /**
     * Whether ICU has locale data (names, formats) for the locale's language in its script. When it has none,
     * ICU falls back to the JVM's default locale, which byline never wants.
     */
    public static boolean hasLocaleData(ULocale locale) {
        String language = locale.getLanguage();
        if (!Available.LANGUAGES.contains(language)) {
            return false;
        }
        String script = locale.getScript();
        if (script.isEmpty() || Available.LANGUAGES.contains(language + "_" + script)) {
            return true;
        }
        // a script without locale data of its own is covered only when it is the language's usual one
        return script.equals(ULocale.addLikelySubtags(new ULocale(language)).getScript());
    }

    /** The locale ICU should take names and formats from: the locale itself, or English when ICU has no data for it. */
    public static ULocale dataLocale(ULocale locale) {
        return hasLocaleData(locale) ? locale : ULocale.ENGLISH;
    }

    /** CLDR canonical form (aliases replaced: {@code iw} to {@code he}, {@code prs} to {@code fa-AF}, {@code UK} to {@code GB}). */
    public static ULocale canonical(Locale locale) {
        return CANONICAL.get(locale.toLanguageTag());
    }

    /**
     * The canonical locale of a language range from an {@code Accept-Language} header, or
     * empty when the range is not a well-formed tag naming a language. Remembered, since
     * headers repeat.
     */
    public static Optional<ULocale> canonicalRange(String range) {
        return RANGES.get(range);
    }

    private static Optional<ULocale> range(String range) {
        try {
            ULocale u = ULocale.createCanonical(new ULocale.Builder().setLanguageTag(range).build());
            return u.getLanguage().isEmpty() || u.getLanguage().equals("und") ? NONE : Optional.of(u);
        } catch (IllformedLocaleException e) {
            return NONE;
        }
    }

    /** CLDR canonical form of a well-formed tag. */
    public static ULocale canonical(ULocale locale) {
        return CANONICAL.get(locale.toLanguageTag());
    }

    /**
     * The locale's ellipsis patterns: {@code [final, word-final]}, such as {@code "{0}…"} and
     * {@code "{0} …"}.
     */
    public static String[] ellipsis(ULocale locale) {
        return ELLIPSIS.get(dataLocale(locale)).clone();
    }

    private static String[] loadEllipsis(ULocale locale) {
        ICUResourceBundle bundle = ICUResourceBundle.getBundleInstance(ICUData.ICU_BASE_NAME, locale,
                ICUResourceBundle.OpenType.LOCALE_ROOT);
        return new String[] {pattern(bundle, "Ellipsis/final", "{0}…"), pattern(bundle, "Ellipsis/word-final", "{0} …")};
    }

    private static String pattern(ICUResourceBundle bundle, String path, String fallback) {
        ICUResourceBundle found = bundle.findWithFallback(path);
        String pattern = found == null ? null : found.getString();
        return pattern != null && pattern.contains("{0}") ? pattern : fallback;
    }
}
