package dev.byline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.InvalidValueException;
import dev.byline.locale.Languages;
import dev.byline.locale.LocaleNegotiator;
import java.util.List;
import java.util.Locale;

/** Language tags and Accept-Language headers from anywhere. */
class LocaleFuzzTest {

    private static final List<Locale> SITE = List.of(Locale.ENGLISH, Locale.forLanguageTag("tr"),
            Locale.forLanguageTag("ru"), Locale.forLanguageTag("fa-AF"), Locale.forLanguageTag("zh-Hant"));
    private static final LocaleNegotiator NEGOTIATOR = LocaleNegotiator.of(SITE);

    /**
     * parse either returns a canonical locale with a language, which parses to itself again,
     * or throws the library exception naming {@code tag}.
     */
    @FuzzTest(maxDuration = "10m")
    void parseIsCanonicalOrRefuses(FuzzedDataProvider data) {
        String tag = data.consumeRemainingAsString();
        Locale locale;
        try {
            locale = Languages.parse(tag);
        } catch (InvalidValueException e) {
            assertThat(e.path()).isEqualTo("tag");
            return;
        }
        assertThat(locale.getLanguage()).matches("[a-z]{2,3}");
        assertThat(Languages.parse(locale.toLanguageTag())).isEqualTo(locale);
    }

    /** bestMatch never throws and always answers with one of the supported locales. */
    @FuzzTest(maxDuration = "10m")
    void bestMatchAlwaysAnswersASupportedLocale(FuzzedDataProvider data) {
        String header = data.consumeRemainingAsString();
        assertThat(SITE).contains(NEGOTIATOR.bestMatch(header));
        try {
            List<Locale> parsed = LocaleNegotiator.parseAcceptLanguage(header);
            assertThat(parsed.size()).isLessThanOrEqualTo(LocaleNegotiator.MAX_ENTRIES);
        } catch (InvalidValueException e) {
            assertThat(e.path()).startsWith("Accept-Language");
        }
    }
}
