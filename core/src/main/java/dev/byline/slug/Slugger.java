package dev.byline.slug;

import dev.byline.InvalidValueException;
import dev.byline.Limits;
import dev.byline.Slug;
import dev.byline.internal.Text;
import dev.byline.slug.internal.JapaneseReaders;
import dev.byline.slug.internal.Language;
import dev.byline.slug.internal.Replacements;
import dev.byline.slug.internal.Romanizer;
import dev.byline.slug.internal.Shortener;
import dev.byline.slug.internal.UnicodeSlugs;
import dev.byline.slug.spi.JapaneseReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Makes {@link Slug}s from titles: {@code Slugger.forLocale(Locale.GERMAN).slugify("Grüße aus
 * Köln")} is {@code gruesse-aus-koeln}.
 *
 * <p>By default a slug is lowercase ASCII, {@code [a-z0-9]+(-[a-z0-9]+)*}, at most
 * {@value #DEFAULT_MAX_LENGTH} characters, cut at a word boundary. The locale picks the rules
 * where languages differ: German writes {@code ä ö ü} as {@code ae oe ue}; Danish and Norwegian
 * {@code æ ø å} as {@code ae oe aa}; Turkish {@code ı İ I} are {@code i}; Russian follows BGN/PCGN
 * ({@code щ shch}, {@code х kh}), Ukrainian its national system ({@code Київ kyiv}), Bulgarian its
 * official system ({@code щ sht}), Serbian Cyrillic its Latin alphabet; Uzbek Cyrillic and Latin
 * give the same slug; French and Italian elisions separate ({@code l'axe} is {@code l-axe}); a
 * free-standing {@code &} is the language's word for "and". Where the locale says nothing, the
 * script of the text decides: Greek by ELOT 743, Chinese as toneless pinyin one syllable per
 * word, Japanese by Hepburn (see below), Korean by the Revised Romanization, Arabic script with every
 * letter kept and vowel marks ignored, Devanagari and the other Indic scripts as each language is
 * written in English, Thai by RTGS, and every other script Unicode recommends for modern use
 * (Lao, Khmer, Myanmar, Tibetan, Armenian, Georgian, Hebrew, Ethiopic, Thaana, Bopomofo) from a
 * table; scripts without a table go through ICU's transforms, and a title in a script with no
 * romanization at all fails with a message that names the script. Apostrophes inside a word join it ({@code don't} is
 * {@code dont}), emoji and symbols are dropped.
 *
 * <p><b>Japanese.</b> Kanji and Chinese characters are the same characters, so a title is taken
 * as Japanese when the locale's language is Japanese, or when the locale is not Chinese and the
 * title has kana; otherwise its ideographs are read as Chinese. Kanji need a dictionary to be read
 * ({@code 東京} is {@code tokyo}, not the Chinese {@code dong-jing}), which byline-core does not
 * ship: add the {@code byline-japanese} artifact, found through {@link java.util.ServiceLoader}
 * (see {@link JapaneseReader}), and Japanese titles are split into words and read by modified
 * Hepburn: {@code 東京の天気} is {@code tokyo-no-tenki}, {@code 私は学生です}
 * {@code watashi-wa-gakusei-desu}, long vowels written once, particles {@code は へ を} as
 * {@code wa e o}, endings joined to their verb ({@code 食べている tabete-iru}), numbers kept
 * ({@code 2024年 2024-nen}). Without it, kana are still written by Hepburn (a run of kana is one
 * word), but a Japanese title with kanji has no ASCII slug: it gets the fallback, if one is set,
 * or fails with {@link InvalidValueException} saying so. Unicode slugs ({@link Builder#unicode})
 * keep kanji as they are and need no reader.
 *
 * <p>A title of plain ASCII never touches ICU, and most scripts are romanized from small tables,
 * so a slugger is fast from the first call. A title longer than {@value #MAX_TITLE_LENGTH}
 * characters is rejected before any work is done.
 *
 * <p>Instances are immutable and thread-safe: share one, or create one per call, as is
 * convenient ({@link #forLocale} is cheap).
 */
public final class Slugger {

    /** Default maximum length of a slug, in characters: {@value}. */
    public static final int DEFAULT_MAX_LENGTH = 80;

    /** Smallest maximum length a slugger can be configured with: {@value}. */
    public static final int MIN_MAX_LENGTH = 8;

    /**
     * Longest title a slugger accepts, in UTF-16 code units: {@value}. Longer input is rejected
     * before it is normalized or transliterated, so that a hostile title cannot cost more than a
     * bounded amount of work. Article titles are at most {@link Limits#MAX_TITLE_LENGTH}.
     */
    public static final int MAX_TITLE_LENGTH = 1_000;

    /**
     * Most candidates {@link #slugify(String, Predicate)} tries ({@code base}, {@code base-2}, ...
     * {@code base-}{@value}) before giving up.
     */
    public static final int MAX_CANDIDATES = 10_000;

    /** Longest text of a replacement or a fallback, in characters: {@value}. */
    public static final int MAX_OPTION_LENGTH = 200;

    private final Locale locale;
    private final char separator;
    private final int maxLength;
    private final boolean unicode;
    private final Map<String, String> replacements;
    private final Set<String> reserved;
    private final @Nullable String fallback;
    private final @Nullable JapaneseReader japaneseReader;

    private final Language language;
    private final Romanizer romanizer;
    private final UnicodeSlugs unicodeSlugs;
    private final Replacements replacer;

    private Slugger(Builder b, @Nullable String fallback) {
        this.locale = b.locale;
        this.separator = b.separator;
        this.maxLength = b.maxLength;
        this.unicode = b.unicode;
        this.replacements = Map.copyOf(b.replacements);
        this.reserved = Set.copyOf(b.reserved);
        this.language = Language.of(locale);
        this.japaneseReader = b.japaneseReader; // null: the installed one, looked up on first use
        this.romanizer = new Romanizer(language, locale.getLanguage(), separator, japaneseReader);
        this.unicodeSlugs = new UnicodeSlugs(language, separator);
        this.replacer = new Replacements(b.replacements);
        this.fallback = fallback;
    }

    private Slugger(Slugger other, @Nullable String fallback) {
        this.locale = other.locale;
        this.separator = other.separator;
        this.maxLength = other.maxLength;
        this.unicode = other.unicode;
        this.replacements = other.replacements;
        this.reserved = other.reserved;
        this.language = other.language;
        this.japaneseReader = other.japaneseReader;
        this.romanizer = other.romanizer;
        this.unicodeSlugs = other.unicodeSlugs;
        this.replacer = other.replacer;
        this.fallback = fallback;
    }

    /**
     * Returns a slugger with the default options for a locale's language.
     *
     * @param locale the language of the titles, such as {@code Locale.forLanguageTag("tr")};
     *     {@link Locale#ROOT} for script-based rules only; not null
     * @return the slugger; never null
     */
    public static Slugger forLocale(Locale locale) {
        return builder().locale(locale).build();
    }

    /**
     * Returns a new builder with the default options: {@link Locale#ROOT}, separator {@code -},
     * maximum length {@value #DEFAULT_MAX_LENGTH}, ASCII slugs, no replacements, no reserved
     * words, no fallback.
     *
     * @return a new builder; never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Makes the slug of a title.
     *
     * <p>If the slug would be a reserved word, the first free one of {@code word-2},
     * {@code word-3}... is returned instead. If the title has nothing that can be written in a
     * slug (only punctuation, emoji, spaces), the fallback is used if one is configured.
     *
     * @param title the title, such as {@code "Moscow and the Taliban: what changed?"}; not null
     * @return the slug, at most {@link #maxLength()} characters; never null
     * @throws InvalidValueException with path {@code title} if the title is longer than
     *     {@value #MAX_TITLE_LENGTH} characters, or has nothing usable (or is a Japanese title
     *     with kanji and no {@link JapaneseReader} is installed) and no fallback is configured
     */
    public Slug slugify(String title) {
        return slugify(title, NOTHING_TAKEN);
    }

    /** A predicate taking nothing; a class, not a lambda, to keep the first call cheap. */
    private static final Predicate<String> NOTHING_TAKEN = new Predicate<String>() {
        @Override
        public boolean test(String candidate) {
            return false;
        }
    };

    /**
     * Makes a slug of a title that is not taken yet: the title's slug if it is free, otherwise
     * the first free one of {@code slug-2}, {@code slug-3}..., each cut at a word boundary so
     * that the suffix fits in the maximum length. {@code taken} is called once per candidate
     * (pass a set lookup, such as {@code existing::contains}, for constant time per candidate).
     * Reserved words count as taken.
     *
     * @param title the title; not null
     * @param taken tells whether a candidate slug value is already in use; not null, must not
     *     return for null
     * @return a slug for which {@code taken} returned false; never null
     * @throws InvalidValueException with path {@code title} if the title is too long, has
     *     nothing usable and no fallback is configured, or if all {@value #MAX_CANDIDATES}
     *     candidates are taken
     */
    public Slug slugify(String title, Predicate<String> taken) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(taken, "taken");
        String base = base(title);
        if (isFree(base, taken)) {
            return Slug.of(base);
        }
        for (int n = 2; n <= MAX_CANDIDATES; n++) {
            String suffix = separator + Integer.toString(n);
            String candidate = Shortener.cut(base, maxLength - suffix.length(), separator) + suffix;
            if (isFree(candidate, taken)) {
                return Slug.of(candidate);
            }
        }
        throw new InvalidValueException("title",
                "has no free slug: \"" + base + "\" and its first " + MAX_CANDIDATES + " numbered forms are taken", title);
    }

    private boolean isFree(String candidate, Predicate<String> taken) {
        return !reserved.contains(candidate) && !taken.test(candidate);
    }

    /** The slug text before uniqueness: words, cut to the maximum length, or the fallback. */
    private String base(String title) {
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidValueException("title", "must be at most " + MAX_TITLE_LENGTH
                    + " characters long to make a slug, is " + title.length(), title);
        }
        String text = replacer.isEmpty() ? title : replacer.apply(Text.nfc(title));
        String words = unicode ? unicodeSlugs.slugify(text) : romanizer.romanize(text);
        if (words == null || words.isEmpty()) {
            if (fallback != null) {
                return fallback;
            }
            throw new InvalidValueException("title",
                    words == null ? Romanizer.kanjiNeedReader() : Romanizer.nothingUsable(text), title);
        }
        return Shortener.cut(words, maxLength, separator);
    }

    /**
     * Returns a copy of this slugger that uses a fallback for titles with nothing usable, such
     * as an article's id: {@code slugger.withFallback(article.id()).slugify(title)}.
     *
     * @param fallback the text to slugify instead; not null; must itself give a slug
     * @return a slugger with the same options and the fallback; never null
     * @throws InvalidValueException with path {@code options.fallback} if the fallback is
     *     longer than {@value #MAX_OPTION_LENGTH} characters or gives no slug
     */
    public Slugger withFallback(String fallback) {
        return new Slugger(this, checkedFallback(this, fallback));
    }

    private static String checkedFallback(Slugger withoutFallback, String fallback) {
        Objects.requireNonNull(fallback, "fallback");
        if (fallback.length() > MAX_OPTION_LENGTH) {
            throw new InvalidValueException("options.fallback", "must be at most " + MAX_OPTION_LENGTH
                    + " characters long, is " + fallback.length(), fallback);
        }
        try {
            return withoutFallback.base(fallback);
        } catch (InvalidValueException e) {
            InvalidValueException wrapped = new InvalidValueException("options.fallback", "must give a slug: " + e.rule(),
                    fallback);
            wrapped.initCause(e);
            throw wrapped;
        }
    }

    /**
     * Returns the locale whose rules this slugger uses.
     *
     * @return the locale; never null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the character between words.
     *
     * @return {@code -} or {@code _}
     */
    public char separator() {
        return separator;
    }

    /**
     * Returns the maximum length of a slug, in UTF-16 code units.
     *
     * @return between {@value #MIN_MAX_LENGTH} and {@link Limits#MAX_SLUG_LENGTH}
     */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Tells whether this slugger keeps letters of every script instead of writing ASCII.
     *
     * @return true for Unicode slugs
     */
    public boolean isUnicode() {
        return unicode;
    }

    /**
     * Returns the caller's replacements, applied to the title before any other rule.
     *
     * @return an unmodifiable map from the text to replace to its replacement; never null
     */
    public Map<String, String> replacements() {
        return replacements;
    }

    /**
     * Returns the slugs this slugger never returns (it adds {@code -2}, {@code -3}... instead).
     *
     * @return an unmodifiable set; never null
     */
    public Set<String> reservedWords() {
        return reserved;
    }

    /**
     * Returns the slug used for titles with nothing usable, if configured.
     *
     * @return the fallback slug text, or empty
     */
    public Optional<String> fallback() {
        return Optional.ofNullable(fallback);
    }

    /**
     * Returns the reader of Japanese words this slugger uses: the one set with
     * {@link Builder#japaneseReader}, else the one installed (such as the {@code byline-japanese}
     * add-on), if any.
     *
     * @return the reader, or empty if Japanese titles with kanji have no ASCII slug
     */
    public Optional<JapaneseReader> japaneseReader() {
        return japaneseReader != null ? Optional.of(japaneseReader) : JapaneseReaders.installed();
    }

    /**
     * Describes the options, for logs.
     *
     * @return a description such as {@code Slugger[locale=tr, separator=-, maxLength=80, ascii]}
     */
    @Override
    public String toString() {
        return "Slugger[locale=" + locale.toLanguageTag() + ", separator=" + separator + ", maxLength=" + maxLength
                + (unicode ? ", unicode" : ", ascii") + (replacements.isEmpty() ? "" : ", replacements=" + replacements.size())
                + (reserved.isEmpty() ? "" : ", reserved=" + new TreeSet<>(reserved))
                + (fallback == null ? "" : ", fallback=" + fallback)
                + japaneseReader().map(r -> ", japaneseReader=" + r.getClass().getSimpleName()).orElse("") + "]";
    }

    /**
     * Configures a {@link Slugger}. Builders are mutable and not thread-safe; the sluggers they
     * build are immutable. Each option method checks its argument at once and throws
     * {@link InvalidValueException} (an {@link IllegalArgumentException}) with the path
     * {@code options.<name>} if it is unusable, such as
     * {@code options.maxLength: must be from 8 to 200 (was "4")}.
     */
    public static final class Builder {

        private Locale locale = Locale.ROOT;
        private char separator = '-';
        private int maxLength = DEFAULT_MAX_LENGTH;
        private boolean unicode;
        private final Map<String, String> replacements = new LinkedHashMap<>();
        private final List<String> reserved = new ArrayList<>();
        private @Nullable String fallback;
        private @Nullable JapaneseReader japaneseReader;

        private Builder() {}

        /**
         * Sets the language whose rules apply; default {@link Locale#ROOT} (rules by script only).
         *
         * @param locale the locale; only its language matters; not null
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Sets the character between words; default {@code -}.
         *
         * @param separator {@code -} or {@code _} (the characters a {@link Slug} allows)
         * @return this builder
         * @throws InvalidValueException with path {@code options.separator} for any other
         *     character
         */
        public Builder separator(char separator) {
            if (separator != '-' && separator != '_') {
                throw new InvalidValueException("options.separator", "must be '-' or '_'", separator);
            }
            this.separator = separator;
            return this;
        }

        /**
         * Sets the maximum length of a slug; default {@value #DEFAULT_MAX_LENGTH}. Longer slugs
         * are cut after the last whole word that fits; a first word longer than the maximum is
         * cut inside.
         *
         * @param maxLength the maximum, in UTF-16 code units, from {@value #MIN_MAX_LENGTH} to
         *     {@link Limits#MAX_SLUG_LENGTH}
         * @return this builder
         * @throws InvalidValueException with path {@code options.maxLength} if out of range
         */
        public Builder maxLength(int maxLength) {
            if (maxLength < MIN_MAX_LENGTH || maxLength > Limits.MAX_SLUG_LENGTH) {
                throw new InvalidValueException("options.maxLength", "must be from " + MIN_MAX_LENGTH + " to "
                        + Limits.MAX_SLUG_LENGTH, maxLength);
            }
            this.maxLength = maxLength;
            return this;
        }

        /**
         * Chooses Unicode slugs: letters, marks and digits of every script are kept, lowercased
         * by the locale's rules, in NFC ({@code москва-сегодня}, Turkish {@code ıspanak});
         * default false (ASCII slugs).
         *
         * @param unicode true for Unicode slugs
         * @return this builder
         */
        public Builder unicode(boolean unicode) {
            this.unicode = unicode;
            return this;
        }

        /**
         * Adds a replacement applied to the title (in NFC, case-sensitively) before any other
         * rule, such as {@code replace("C++", "cpp")} or {@code replace("€", " euro ")}. Where
         * several match at one place the longest wins. The replacement then goes through the
         * normal rules.
         *
         * @param text the text to replace; not null, not empty
         * @param replacement its replacement; not null, may be empty
         * @return this builder
         * @throws InvalidValueException with path {@code options.replace} if {@code text} is
         *     empty or either is longer than {@value #MAX_OPTION_LENGTH} characters
         */
        public Builder replace(String text, String replacement) {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(replacement, "replacement");
            if (text.isEmpty() || text.length() > MAX_OPTION_LENGTH || replacement.length() > MAX_OPTION_LENGTH) {
                throw new InvalidValueException("options.replace", "text must be 1 to " + MAX_OPTION_LENGTH
                        + " characters and its replacement at most " + MAX_OPTION_LENGTH,
                        text.length() > MAX_OPTION_LENGTH || text.isEmpty() ? text : replacement);
            }
            replacements.put(Text.nfc(text), Text.nfc(replacement));
            return this;
        }

        /**
         * Adds reserved words: slugs never returned as they are (such as {@code admin},
         * {@code new}, {@code feed}); a title that would give one gets {@code admin-2} instead.
         *
         * @param words the reserved slugs; each must be a valid {@link Slug} value
         * @return this builder
         * @throws InvalidValueException with path {@code options.reserved} if a word is not a
         *     valid slug
         */
        public Builder reserved(Collection<String> words) {
            for (String w : words) {
                Objects.requireNonNull(w, "reserved word");
                if (!Slug.isValid(w)) {
                    throw new InvalidValueException("options.reserved", "must be valid slugs", w);
                }
                reserved.add(w);
            }
            return this;
        }

        /**
         * Adds reserved words, as {@link #reserved(Collection)}.
         *
         * @param words the reserved slugs
         * @return this builder
         * @throws InvalidValueException with path {@code options.reserved} if a word is not a
         *     valid slug
         */
        public Builder reserved(String... words) {
            return reserved(List.of(words));
        }

        /**
         * Sets the text slugified instead of a title that has nothing usable (only punctuation,
         * emoji or spaces); default none, such titles are an error. For a per-article fallback
         * such as the article id, see {@link Slugger#withFallback(String)}.
         *
         * @param fallback the fallback text, such as {@code "untitled"}; not null
         * @return this builder
         */
        public Builder fallback(String fallback) {
            this.fallback = Objects.requireNonNull(fallback, "fallback");
            return this;
        }

        /**
         * Sets the reader of Japanese words; default: the first one {@link java.util.ServiceLoader}
         * finds through byline-core's class loader (the {@code byline-japanese} add-on), if any.
         * The reader must be thread-safe (see {@link JapaneseReader}).
         *
         * @param reader the reader; not null
         * @return this builder
         */
        public Builder japaneseReader(JapaneseReader reader) {
            this.japaneseReader = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /**
         * Builds the slugger.
         *
         * @return a new immutable slugger; never null
         * @throws InvalidValueException with path {@code options.fallback} if the fallback is
         *     too long or gives no slug with these options
         */
        public Slugger build() {
            Slugger plain = new Slugger(this, null);
            return fallback == null ? plain : plain.withFallback(fallback);
        }
    }
}
