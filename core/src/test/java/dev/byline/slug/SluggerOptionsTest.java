package dev.byline.slug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidValueException;
import dev.byline.Slug;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SluggerOptionsTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    @Test
    void defaultsAreHyphenEightyCharactersAsciiAndRootLocale() {
        Slugger slugger = Slugger.builder().build();

        assertThat(slugger.separator()).isEqualTo('-');
        assertThat(slugger.maxLength()).isEqualTo(Slugger.DEFAULT_MAX_LENGTH).isEqualTo(80);
        assertThat(slugger.isUnicode()).isFalse();
        assertThat(slugger.locale()).isEqualTo(Locale.ROOT);
        assertThat(slugger.replacements()).isEmpty();
        assertThat(slugger.reservedWords()).isEmpty();
        assertThat(slugger.fallback()).isEmpty();
        assertThat(slugger).hasToString("Slugger[locale=und, separator=-, maxLength=80, ascii]");
    }

    @Test
    void underscoreSeparatorJoinsWords() {
        Slugger slugger = Slugger.builder().separator('_').build();

        assertThat(slugger.slugify("Hello, World - again").value()).isEqualTo("hello_world_again");
    }

    @ParameterizedTest
    @ValueSource(chars = {'.', ' ', '/', '~', '+'})
    void otherSeparatorsAreRefused(char separator) {
        assertThatThrownBy(() -> Slugger.builder().separator(separator))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("options.separator: must be '-' or '_' (was \"" + separator + "\")");
    }

    @Test
    void longSlugIsCutAfterTheLastWholeWord() {
        Slugger slugger = Slugger.builder().maxLength(20).build();

        assertThat(slugger.slugify("The quick brown fox jumps over the lazy dog").value()).isEqualTo("the-quick-brown-fox");
    }

    @Test
    void cutExactlyAtAWordEndKeepsThatWord() {
        Slugger slugger = Slugger.builder().maxLength(15).build();

        assertThat(slugger.slugify("the quick brown fox").value()).isEqualTo("the-quick-brown");
    }

    @Test
    void firstWordLongerThanTheMaximumIsCutInside() {
        Slugger slugger = Slugger.builder().maxLength(10).build();

        assertThat(slugger.slugify("Pneumonoultramicroscopic disease").value()).isEqualTo("pneumonoul");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 201, -1})
    void maxLengthOutOfRangeIsRefused(int max) {
        assertThatThrownBy(() -> Slugger.builder().maxLength(max))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("options.maxLength: must be from 8 to 200 (was \"" + max + "\")");
    }

    @Test
    void unicodeModeKeepsLettersOfEveryScript() {
        Slugger slugger = Slugger.builder().locale(Locale.forLanguageTag("ru")).unicode(true).build();

        Slug slug = slugger.slugify("Москва — Сегодня!");

        assertThat(slug.value()).isEqualTo("москва-сегодня");
        assertThat(slug.isAscii()).isFalse();
    }

    @Test
    void unicodeModeLowercasesByTurkishRulesForTurkish() {
        Slugger slugger = Slugger.builder().locale(TURKISH).unicode(true).build();

        assertThat(slugger.slugify("IRMAK İstanbul'da").value()).isEqualTo("ırmak-istanbulda");
    }

    @Test
    void unicodeModeWritesDottedCapitalIAsPlainIOutsideTurkish() {
        Slugger slugger = Slugger.builder().locale(Locale.ENGLISH).unicode(true).build();

        assertThat(slugger.slugify("İstanbul").value()).isEqualTo("istanbul");
    }

    @Test
    void unicodeModeIsNfcAndDropsArabicVowelMarksAndTatweel() {
        Slugger slugger = Slugger.builder().locale(Locale.forLanguageTag("ar")).unicode(true).build();

        assertThat(slugger.slugify("Cafe\u0301 مُحَمَّد مـحـمـد").value()).isEqualTo("café-محمد-محمد");
    }

    @Test
    void unicodeModeKeepsThePersianZeroWidthNonJoinerInsideAWord() {
        Slugger slugger = Slugger.builder().locale(Locale.forLanguageTag("fa")).unicode(true).build();

        Slug slug = slugger.slugify("می\u200Cخواهم \u200Cکتاب\u200C");

        assertThat(slug.value()).isEqualTo("می\u200Cخواهم-کتاب");
    }

    @Test
    void replacementsApplyBeforeTheRulesLongestFirst() {
        Slugger slugger = Slugger.builder().replace("C++", "cpp").replace("C", "see").replace("€", " euro ").build();

        assertThat(slugger.slugify("C++ and C for 5€").value()).isEqualTo("cpp-and-see-for-5-euro");
        assertThat(slugger.replacements()).containsEntry("C++", "cpp");
    }

    @Test
    void emptyReplacementTextIsRefused() {
        assertThatThrownBy(() -> Slugger.builder().replace("", "x"))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("options.replace: text must be 1 to 200 characters and its replacement at most 200 (was \"\")");
    }

    @Test
    void reservedWordGetsANumber() {
        Slugger slugger = Slugger.builder().reserved("admin", "new").build();

        assertThat(slugger.slugify("Admin").value()).isEqualTo("admin-2");
        assertThat(slugger.slugify("New!").value()).isEqualTo("new-2");
        assertThat(slugger.slugify("Admin tips").value()).isEqualTo("admin-tips");
        assertThat(slugger.reservedWords()).containsExactlyInAnyOrder("admin", "new");
    }

    @Test
    void reservedWordThatIsNotASlugIsRefused() {
        assertThatThrownBy(() -> Slugger.builder().reserved(List.of("Admin Page")))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("options.reserved: must be valid slugs (was \"Admin Page\")");
    }

    @Test
    void titleWithNothingUsableFailsNamingTheTitle() {
        Slugger slugger = Slugger.forLocale(Locale.ENGLISH);

        assertThatThrownBy(() -> slugger.slugify("🎉 ?!"))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("title: must contain a letter or digit that can be written in a slug")
                .satisfies(e -> assertThat(((InvalidValueException) e).path()).isEqualTo("title"));
    }

    @Test
    void fallbackReplacesATitleWithNothingUsable() {
        Slugger slugger = Slugger.builder().fallback("Untitled").build();

        assertThat(slugger.slugify("🎉🎉").value()).isEqualTo("untitled");
        assertThat(slugger.slugify("Real title").value()).isEqualTo("real-title");
        assertThat(slugger.fallback()).contains("untitled");
    }

    @Test
    void withFallbackUsesAPerArticleId() {
        Slugger slugger = Slugger.forLocale(Locale.ENGLISH);

        assertThat(slugger.withFallback("post-8812").slugify("???").value()).isEqualTo("post-8812");
        assertThat(slugger.fallback()).isEmpty();
    }

    @Test
    void fallbackThatGivesNoSlugIsRefused() {
        assertThatThrownBy(() -> Slugger.builder().fallback("!!!").build())
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("options.fallback: must give a slug: must contain a letter or digit that can be written in a"
                        + " slug (only punctuation, symbols, emoji or spaces found) (was \"!!!\")");
    }

    @Test
    void takenSlugsGetTheNextFreeNumber() {
        Set<String> taken = new HashSet<>(List.of("kabul-today", "kabul-today-2"));

        Slug slug = Slugger.forLocale(Locale.ENGLISH).slugify("Kabul Today", taken::contains);

        assertThat(slug.value()).isEqualTo("kabul-today-3");
    }

    @Test
    void freeSlugIsReturnedAsIs() {
        Slug slug = Slugger.forLocale(Locale.ENGLISH).slugify("Kabul Today", s -> false);

        assertThat(slug.value()).isEqualTo("kabul-today");
    }

    @Test
    void numberedCandidateRespectsTheMaximumLengthAtAWordBoundary() {
        Slugger slugger = Slugger.builder().maxLength(20).build();
        Set<String> taken = Set.of("the-quick-brown-fox");

        Slug slug = slugger.slugify("The quick brown fox jumps", taken::contains);

        assertThat(slug.value()).isEqualTo("the-quick-brown-2");
        assertThat(slug.value().length()).isLessThanOrEqualTo(20);
    }

    @Test
    void eachCandidateIsCheckedOnce() {
        List<String> asked = new java.util.ArrayList<>();

        Slugger.forLocale(Locale.ENGLISH).slugify("Kabul", s -> {
            asked.add(s);
            return asked.size() < 4;
        });

        assertThat(asked).containsExactly("kabul", "kabul-2", "kabul-3", "kabul-4");
    }

    @Test
    void whenEveryCandidateIsTakenTheErrorSaysSo() {
        assertThatThrownBy(() -> Slugger.forLocale(Locale.ENGLISH).slugify("Kabul", s -> true))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageContaining("title: has no free slug")
                .hasMessageContaining("10000");
    }

    @Test
    void titleOfTheMaximumLengthIsAccepted() {
        String title = "a".repeat(Slugger.MAX_TITLE_LENGTH);

        assertThat(Slugger.forLocale(Locale.ENGLISH).slugify(title).value()).isEqualTo("a".repeat(80));
    }

    @Test
    void overLongTitleIsRejectedWithTheLimit() {
        String title = "a".repeat(Slugger.MAX_TITLE_LENGTH + 1);

        assertThatThrownBy(() -> Slugger.forLocale(Locale.ENGLISH).slugify(title))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageContaining("title: must be at most 1000 characters long to make a slug, is 1001");
    }

    @Test
    void nullTitleIsANullPointerException() {
        Slugger slugger = Slugger.forLocale(Locale.ENGLISH);

        assertThatThrownBy(() -> slugger.slugify(nullString())).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("title");
    }

    @SuppressWarnings("NullAway")
    private static String nullString() {
        return null;
    }

    @Test
    void germanRulesApplyOnlyToGerman() {
        String title = "Öl für Müller";

        assertThat(Slugger.forLocale(Locale.GERMAN).slugify(title).value()).isEqualTo("oel-fuer-mueller");
        assertThat(Slugger.forLocale(TURKISH).slugify(title).value()).isEqualTo("ol-fur-muller");
        assertThat(Slugger.forLocale(Locale.ENGLISH).slugify(title).value()).isEqualTo("ol-fur-muller");
    }

    @Test
    void scriptDecidesWhenTheLocaleSaysNothing() {
        Slugger english = Slugger.forLocale(Locale.ENGLISH);

        assertThat(english.slugify("Щука и Αθήνα").value()).isEqualTo("shchuka-i-athina");
    }

    @Test
    void theLocaleChoosesTheCyrillicRomanization() {
        String kyiv = "Київ";

        assertThat(Slugger.forLocale(Locale.forLanguageTag("uk")).slugify(kyiv).value()).isEqualTo("kyiv");
        assertThat(Slugger.forLocale(Locale.forLanguageTag("ru")).slugify(kyiv).value()).isEqualTo("kiyiv");
    }

    @Test
    void theLastCandidateIsTriedBeforeGivingUp() {
        String last = "kabul-" + Slugger.MAX_CANDIDATES;

        Slug slug = Slugger.forLocale(Locale.ENGLISH).slugify("Kabul", s -> !s.equals(last));

        assertThat(slug.value()).isEqualTo("kabul-10000");
    }

    @Test
    void fallbackOfTheMaximumLengthIsAcceptedAndOneLongerRefused() {
        String longest = "a".repeat(Slugger.MAX_OPTION_LENGTH);

        assertThat(Slugger.builder().maxLength(200).fallback(longest).build().fallback()).contains(longest);
        assertThatThrownBy(() -> Slugger.builder().fallback(longest + "a").build())
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("options.fallback: must be at most 200 characters long, is 201 (was \"" + "a".repeat(59) + "…\")");
    }

    @ParameterizedTest
    @ValueSource(ints = {Slugger.MIN_MAX_LENGTH, 200})
    void maxLengthAtEitherEndOfTheRangeIsAccepted(int max) {
        assertThat(Slugger.builder().maxLength(max).build().maxLength()).isEqualTo(max);
    }

    @Test
    void replacementTextAndReplacementOfTheMaximumLengthAreAccepted() {
        String longest = "x".repeat(Slugger.MAX_OPTION_LENGTH);

        Slugger slugger = Slugger.builder().replace(longest, longest).build();

        assertThat(slugger.replacements()).containsEntry(longest, longest);
        String rule = "options.replace: text must be 1 to 200 characters and its replacement at most 200";
        assertThatThrownBy(() -> Slugger.builder().replace(longest + "x", "y"))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage(rule + " (was \"" + "x".repeat(59) + "…\")");
        assertThatThrownBy(() -> Slugger.builder().replace("y", longest + "x"))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage(rule + " (was \"" + "x".repeat(59) + "…\")");
    }

    @Test
    void aShorterReplacementAddedFirstStillLosesToALongerOne() {
        Slugger slugger = Slugger.builder().replace("C", "see").replace("C#", "csharp").build();

        assertThat(slugger.slugify("C# and C").value()).isEqualTo("csharp-and-see");
    }

    @Test
    void aCutUnicodeSlugSplitsNeitherASurrogatePairNorEndsOnAJoiner() {
        Slugger slugger = Slugger.builder().unicode(true).maxLength(8).build();
        Slugger persian = Slugger.builder().locale(Locale.forLanguageTag("fa")).unicode(true).maxLength(9).build();

        assertThat(slugger.slugify("a\uD840\uDC00\uD840\uDC00\uD840\uDC00\uD840\uDC00").value())
                .isEqualTo("a\uD840\uDC00\uD840\uDC00\uD840\uDC00");
        assertThat(persian.slugify("کتابخانه\u200Cهای").value()).isEqualTo("کتابخانه");
    }
}
