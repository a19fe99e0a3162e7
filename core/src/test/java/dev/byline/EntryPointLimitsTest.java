package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.locale.Languages;
import dev.byline.locale.LocaleNegotiator;
import dev.byline.slug.Slugger;
import dev.byline.text.Excerpts;
import dev.byline.text.PlainText;
import dev.byline.text.TextStats;
import dev.byline.web.BodyHtml;
import dev.byline.web.ShareLinks;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public entry point that takes free-standing input has a documented limit: just under
 * (at) the limit passes, just over fails with the library's exception naming the input, before
 * ICU or a parser sees it.
 */
class EntryPointLimitsTest {

    private static final int TEXT = Limits.MAX_BODY_LENGTH;

    static Stream<Arguments> textEntryPoints() {
        return Stream.of(
                entry("TextStats.wordCount", "text", s -> TextStats.wordCount(s, Locale.ENGLISH)),
                entry("TextStats.readingTime", "text", s -> TextStats.readingTime(s, Locale.ENGLISH)),
                entry("PlainText.fromHtml", "html", PlainText::fromHtml),
                entry("PlainText.fromMarkdown", "markdown", PlainText::fromMarkdown),
                entry("PlainText.fromText", "text", PlainText::fromText),
                entry("Excerpts.excerpt", "text", s -> Excerpts.excerpt(s, Locale.ENGLISH, 100)),
                entry("BodyHtml.sanitize", "html", BodyHtml::sanitize),
                entry("BodyHtml.fromMarkdown", "markdown", BodyHtml::fromMarkdown),
                entry("BodyHtml.fromText", "text", BodyHtml::fromText));
    }

    private static Arguments entry(String name, String path, Function<String, Object> call) {
        return Arguments.of(name, path, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textEntryPoints")
    void textEntryPointsTakeUpToTheBodyLimit(String name, String path, Function<String, Object> call) {
        String atLimit = "word ".repeat(TEXT / 5);
        assertThat(atLimit).hasSize(TEXT);
        assertThat(call.apply(atLimit)).isNotNull();
        assertThatThrownBy(() -> call.apply(atLimit + "x"))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage(path + ": must be at most 10000000 characters long, is 10000001");
    }

    @Test
    void slugTitleLimit() {
        Slugger slugger = Slugger.forLocale(Locale.ENGLISH);
        assertThat(slugger.slugify("a".repeat(Slugger.MAX_TITLE_LENGTH)).value()).isNotEmpty();
        assertThatThrownBy(() -> slugger.slugify("a".repeat(Slugger.MAX_TITLE_LENGTH + 1)))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("title: ");
    }

    @Test
    void languageTagLimit() {
        // a well-formed tag of exactly MAX_TAG_LENGTH characters: en-x- and eight-character private-use subtags
        StringBuilder tag = new StringBuilder("en-x");
        while (tag.length() + 9 <= Languages.MAX_TAG_LENGTH) {
            tag.append("-abcdefgh");
        }
        while (tag.length() < Languages.MAX_TAG_LENGTH) {
            tag.append(tag.length() + 2 <= Languages.MAX_TAG_LENGTH ? "-a" : "b");
        }
        String atLimit = tag.toString();
        assertThat(atLimit).hasSize(Languages.MAX_TAG_LENGTH);
        assertThat(Languages.parse(atLimit).getLanguage()).isEqualTo("en");
        assertThatThrownBy(() -> Languages.parse(atLimit + "c"))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("tag: must be at most " + Languages.MAX_TAG_LENGTH + " characters long");
    }

    @Test
    void acceptLanguageLimits() {
        List<String> entries = new ArrayList<>(Collections.nCopies(LocaleNegotiator.MAX_ENTRIES, "tr"));
        String atLimit = String.join(",", entries);
        assertThat(LocaleNegotiator.parseAcceptLanguage(atLimit)).hasSize(LocaleNegotiator.MAX_ENTRIES);
        assertThatThrownBy(() -> LocaleNegotiator.parseAcceptLanguage(atLimit + ",ru"))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Accept-Language");
        String longHeader = "tr;q=0.5" + " ".repeat(LocaleNegotiator.MAX_HEADER_LENGTH - 8);
        assertThat(longHeader).hasSize(LocaleNegotiator.MAX_HEADER_LENGTH);
        assertThat(LocaleNegotiator.parseAcceptLanguage(longHeader)).containsExactly(Locale.forLanguageTag("tr"));
        assertThatThrownBy(() -> LocaleNegotiator.parseAcceptLanguage(longHeader + " "))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Accept-Language");
        // the lenient form never throws: it reads the first MAX_ENTRIES entries and the first
        // MAX_HEADER_LENGTH characters only
        LocaleNegotiator site = LocaleNegotiator.of(List.of(Locale.ENGLISH, Locale.forLanguageTag("ru")));
        assertThat(site.bestMatch(String.join(",", Collections.nCopies(10_000, "ru")))).isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(site.bestMatch("ru;q=0.5," + " ".repeat(100_000))).isEqualTo(Locale.forLanguageTag("ru"));
        // an entry cut by the length limit is dropped rather than guessed at
        assertThat(site.bestMatch("ru;q=0.5" + " ".repeat(100_000))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void supportedLocalesLimit() {
        List<Locale> many = new ArrayList<>();
        for (int i = 0; i < LocaleNegotiator.MAX_SUPPORTED + 1; i++) {
            many.add(Locale.forLanguageTag("en-x-" + (10_000 + i)));
        }
        assertThat(LocaleNegotiator.of(many.subList(0, LocaleNegotiator.MAX_SUPPORTED)).bestMatch("en"))
                .isEqualTo(many.get(0));
        assertThatThrownBy(() -> LocaleNegotiator.of(many))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageContaining(String.valueOf(LocaleNegotiator.MAX_SUPPORTED));
    }

    @Test
    void shareLinkTitleLimit() {
        URI url = URI.create("https://example.org/a");
        assertThat(ShareLinks.of(url, "t".repeat(Limits.MAX_TITLE_LENGTH)).x().toString()).contains("text=");
        assertThatThrownBy(() -> ShareLinks.of(url, "t".repeat(Limits.MAX_TITLE_LENGTH + 1)))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("title: must be at most 500 characters long");
    }
}
