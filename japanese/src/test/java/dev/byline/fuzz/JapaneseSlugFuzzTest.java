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
 * Core's slug fuzz target with the Kuromoji reader loaded: any title, in Japanese and other
 * locales, gives a valid ASCII slug within the length limit that slugifies to itself, or an
 * {@link InvalidValueException} with path {@code title}; nothing else escapes.
 */
class JapaneseSlugFuzzTest {

    private static final List<Slugger> SLUGGERS = List.of(
            Slugger.forLocale(Locale.JAPANESE),
            Slugger.forLocale(Locale.ROOT),
            Slugger.builder().locale(Locale.JAPANESE).maxLength(12).separator('_').build(),
            Slugger.forLocale(Locale.forLanguageTag("zh")));

    @FuzzTest(maxDuration = "10m")
    void japaneseSlugsAreValidIdempotentAndBounded(FuzzedDataProvider data) {
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
        assertThat(slug.isAscii()).isTrue();
        assertThat(slugger.slugify(slug.value())).as("idempotent for %s", slugger).isEqualTo(slug);
    }
}
