package dev.byline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.InvalidArticleException;
import dev.byline.text.Excerpts;
import dev.byline.text.PlainText;
import dev.byline.text.TextStats;
import java.util.List;
import java.util.Locale;

/** Text statistics over arbitrary HTML and Markdown bodies. */
class TextFuzzTest {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("th"),
            Locale.forLanguageTag("zh"), Locale.forLanguageTag("fa"), Locale.forLanguageTag("ru"));

    /**
     * Any body that the model accepts yields plain text, a non-negative word count no greater
     * than its length, a non-negative reading time and an excerpt within the limit.
     */
    @FuzzTest(maxDuration = "10m")
    void statisticsOfAnyBodyAreSane(FuzzedDataProvider data) {
        Locale locale = LOCALES.get(data.consumeInt(0, LOCALES.size() - 1));
        BodyFormat format = data.consumeBoolean() ? BodyFormat.HTML : BodyFormat.MARKDOWN;
        int max = data.consumeInt(Excerpts.MIN_LENGTH, 400);
        Body body;
        try {
            body = Body.of(format, data.consumeRemainingAsString());
        } catch (InvalidArticleException e) {
            return; // controls or unpaired surrogates: refused by the model, covered elsewhere
        }
        String text = PlainText.of(body);
        int words = TextStats.wordCount(text, locale);
        assertThat(words).isBetween(0, text.length());
        assertThat(TextStats.readingTime(body, locale).isNegative()).isFalse();
        assertThat(Excerpts.excerpt(text, locale, max).length()).isLessThanOrEqualTo(max);
    }
}
