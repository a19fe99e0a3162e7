package dev.byline.locale;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import dev.byline.Author;
import dev.byline.internal.BoundedCache;
import dev.byline.internal.LocaleData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Sorting of names in a language's alphabetical order, with ICU's collation for the locale:
 * in Turkish {@code Irmak} ({@code I}, dotless) comes before {@code İpek} ({@code İ}, dotted),
 * in Swedish {@code Ö} comes after {@code Z}, in German it sorts with {@code O}.
 *
 * <p>Names are compared as they are displayed; no attempt is made to find a surname, since
 * where it stands differs between cultures. The ICU {@code Collator} for a locale is built
 * once, frozen and shared, as ICU allows for frozen collators. Locales ICU has no data for
 * use the root (Unicode default) order. Static methods only. Immutable and thread-safe.
 */
public final class NameCollation {

    private static final BoundedCache<ULocale, Collator> COLLATORS = new BoundedCache<>(256, locale -> {
        Collator c = Collator.getInstance(locale);
        c.setStrength(Collator.TERTIARY);
        return c.freeze();
    });

    private NameCollation() {}

    /**
     * Returns a comparator of names in the locale's alphabetical order.
     *
     * @param locale the language whose order to use; not null
     * @return a thread-safe comparator; never null
     */
    public static Comparator<String> names(Locale locale) {
        Collator c = COLLATORS.get(LocaleData.canonical(Objects.requireNonNull(locale, "locale")));
        return (a, b) -> c.compare(a, b);
    }

    /**
     * Returns a comparator of authors by {@link Author#name()} in the locale's alphabetical
     * order, then by {@link Author#id()} so that the order is total.
     *
     * @param locale the language whose order to use; not null
     * @return a thread-safe comparator; never null
     */
    public static Comparator<Author> authors(Locale locale) {
        Comparator<String> names = names(locale);
        return Comparator.comparing(Author::name, names).thenComparing(Author::id);
    }

    /**
     * Returns authors sorted by name in the locale's alphabetical order.
     *
     * @param authors the authors; not null
     * @param locale the language whose order to use; not null
     * @return a new unmodifiable list; never null
     */
    public static List<Author> sortAuthors(Collection<Author> authors, Locale locale) {
        List<Author> list = new ArrayList<>(authors);
        list.sort(authors(locale));
        return Collections.unmodifiableList(list);
    }
}
