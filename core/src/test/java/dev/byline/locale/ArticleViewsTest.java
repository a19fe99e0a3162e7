package dev.byline.locale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.TextDirection;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The derived views the model offers: direction, word count, reading time. */
class ArticleViewsTest {

    @Test
    void directionFollowsTheArticlesLanguage() {
        Article en = SampleArticle.english();
        assertThat(en.direction()).isEqualTo(TextDirection.LTR);
        Article fa = en.withTranslations().withLocale(Locale.forLanguageTag("fa"));
        assertThat(fa.direction()).isEqualTo(TextDirection.RTL);
    }

    @Test
    void wordCountAndReadingTimeComeFromTheBody() {
        Article en = SampleArticle.english();
        // "Russia has kept its embassy in Kabul open. Officials meet the Taliban often." + "Trade talks continue, slowly."
        assertThat(en.wordCount()).isEqualTo(17);
        assertThat(en.readingTime()).isEqualTo(Duration.ofSeconds(Math.round(17 * 60.0 / 238)));
        Article longer = en.withBody(Body.of(BodyFormat.MARKDOWN, "word ".repeat(476)));
        assertThat(longer.wordCount()).isEqualTo(476);
        assertThat(longer.readingTime()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void derivedViewsDoNotTakePartInEquality() {
        Article a = SampleArticle.english();
        Article b = SampleArticle.english();
        a.wordCount();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }
}
