package dev.byline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.InvalidValueException;
import dev.byline.Slug;
import dev.byline.slug.Slugger;
import java.util.List;
import java.util.Locale;

/**
 * Slugging any title in several locales (Japanese among them) and both modes: the result is a valid slug within the
 * length limit, slugifying it again returns it, and only {@link InvalidValueException}
 * escapes (for titles with nothing usable or over the length limit).
 */
class SlugFuzzTest {

    private static final List<Slugger> SLUGGERS = List.of(
            Slugger.forLocale(Locale.ENGLISH),
            Slugger.forLocale(Locale.forLanguageTag("tr")),
            Slugger.forLocale(Locale.forLanguageTag("ru")),
            Slugger.forLocale(Locale.forLanguageTag("de")),
            Slugger.forLocale(Locale.forLanguageTag("fa")),
            Slugger.forLocale(Locale.forLanguageTag("zh")),
            Slugger.forLocale(Locale.forLanguageTag("uz")),
            Slugger.builder().locale(Locale.forLanguageTag("el")).maxLength(20).separator('_').build(),
            Slugger.builder().locale(Locale.forLanguageTag("tr")).unicode(true).build(),
            Slugger.builder().locale(Locale.forLanguageTag("fa")).unicode(true).maxLength(12).build(),
            // Japanese: kana by Hepburn; kanji fail with the "needs a Japanese reader" error, as no
            // reader is installed in core (byline-japanese has the same target with Kuromoji)
            Slugger.forLocale(Locale.JAPANESE),
            Slugger.builder().locale(Locale.JAPANESE).unicode(true).maxLength(16).build());

    @FuzzTest(maxDuration = "10m")
    void slugsAreValidIdempotentAndBounded(FuzzedDataProvider data) {
        Slugger slugger = SLUGGERS.get(data.consumeInt(0, SLUGGERS.size() - 1));
        String title = data.consumeRemainingAsString();
        Slug slug;
        try {
            slug = slugger.slugify(title);
        } catch (InvalidValueException e) {
            assertThat(e.path()).isEqualTo("title");
            return;
        }
        assertThat(Slug.isValid(slug.value())).as("valid slug for %s", slugger).isTrue();
        assertThat(slug.value().length()).isLessThanOrEqualTo(slugger.maxLength());
        if (!slugger.isUnicode()) {
            assertThat(slug.isAscii()).isTrue();
        }
        assertThat(slugger.slugify(slug.value())).as("idempotent for %s", slugger).isEqualTo(slug);
    }
}
