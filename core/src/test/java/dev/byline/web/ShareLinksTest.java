package dev.byline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidArticleException;
import dev.byline.InvalidValueException;
import dev.byline.locale.SampleArticle;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareLinksTest {

    private static final URI URL = URI.create("https://example.org/ru/moskva?ref=a&b=c");

    @Test
    void everyButtonOfTheReferencePage() {
        ShareLinks share = ShareLinks.of(URL, "Москва & «Талибан»: что дальше?");
        String u = "https%3A%2F%2Fexample.org%2Fru%2Fmoskva%3Fref%3Da%26b%3Dc";
        String t = "%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0%20%26%20%C2%AB%D0%A2%D0%B0%D0%BB%D0%B8%D0%B1%D0%B0%D0%BD"
                + "%C2%BB%3A%20%D1%87%D1%82%D0%BE%20%D0%B4%D0%B0%D0%BB%D1%8C%D1%88%D0%B5%3F";
        assertThat(share.x()).hasToString("https://x.com/intent/tweet?text=" + t + "&url=" + u);
        assertThat(share.facebook()).hasToString("https://www.facebook.com/sharer/sharer.php?u=" + u);
        assertThat(share.linkedIn()).hasToString("https://www.linkedin.com/sharing/share-offsite/?url=" + u);
        assertThat(share.whatsApp()).hasToString("https://wa.me/?text=" + t + "%20" + u);
        assertThat(share.telegram()).hasToString("https://t.me/share/url?url=" + u + "&text=" + t);
        assertThat(share.email()).hasToString("mailto:?subject=" + t + "&body=" + u);
        assertThat(share.all()).containsOnlyKeys("x", "facebook", "linkedin", "whatsapp", "telegram", "email");
        assertThat(share.all().keySet()).containsExactly("x", "facebook", "linkedin", "whatsapp", "telegram", "email");
    }

    @ParameterizedTest(name = "\"{0}\" round-trips")
    @CsvSource(delimiter = '|', textBlock = """
            Is Moscow Drawing a New Line With the Taliban?
            Moskova Taliban’la yeni bir çizgi mi çiziyor? İşte 5 + 1 soru #analiz
            روسیه و طالبان: خط تازه؟
            "quotes" & <angles> 100% ~ tilde
            𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 🇹🇷
            """)
    void titlesInAnyScriptDecodeBackExactly(String title) {
        ShareLinks share = ShareLinks.of(URL, title);
        String query = share.telegram().getRawQuery();
        String text = query.substring(query.indexOf("&text=") + 6);
        assertThat(text).matches("[A-Za-z0-9%._~-]*");
        assertThat(URLDecoder.decode(text, StandardCharsets.UTF_8)).isEqualTo(title);
    }

    @Test
    void fromAnArticle() {
        ShareLinks share = ShareLinks.of(SampleArticle.english());
        assertThat(share.url()).isEqualTo(SampleArticle.english().canonicalUrl().orElseThrow());
        assertThat(share.title()).isEqualTo("Is Moscow Drawing a New Line With the Taliban?");
        assertThat(share).isEqualTo(ShareLinks.of(share.url(), share.title())).hasSameHashCodeAs(
                ShareLinks.of(share.url(), share.title()));
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> ShareLinks.of(URI.create("ftp://example.org/a"), "x"))
                .isExactlyInstanceOf(InvalidValueException.class).hasMessageStartingWith("url: must use the http or https scheme");
        assertThatThrownBy(() -> ShareLinks.of(URI.create("https://user:pw@example.org/a"), "x"))
                .isExactlyInstanceOf(InvalidValueException.class).hasMessageStartingWith("url: must not contain credentials")
                .hasMessageNotContaining("pw");
        assertThatThrownBy(() -> ShareLinks.of(URL, "line\nbreak"))
                .isExactlyInstanceOf(InvalidValueException.class).hasMessageStartingWith("title: must not contain control characters");
        assertThatThrownBy(() -> ShareLinks.of(URL, " "))
                .isExactlyInstanceOf(InvalidValueException.class).hasMessageStartingWith("title: must not be blank");
        assertThatThrownBy(() -> ShareLinks.of(SampleArticle.english().withCanonicalUrl(java.util.Optional.empty())))
                .isInstanceOf(InvalidArticleException.class).hasMessage("canonicalUrl: must be present to build share links");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            AZ az 09    | AZ%20az%2009
            @[`{         | %40%5B%60%7B
            /:          | %2F%3A
            -._~        | -._~
            !*'()       | %21%2A%27%28%29
            é€😀        | %C3%A9%E2%82%AC%F0%9F%98%80
            """)
    void encodingKeepsOnlyTheUnreservedCharacters(String text, String expected) {
        // the edges of each unreserved range, the characters just outside them, and UTF-8 bytes
        assertThat(ShareLinks.encode(text)).isEqualTo(expected);
    }

    @Test
    void linksAreEqualWhenUrlAndTitleAre() {
        EqualsVerifier.forClass(ShareLinks.class).suppress(Warning.NULL_FIELDS).verify();
        ShareLinks share = ShareLinks.of(URL, "Title");
        assertThat(share).isEqualTo(ShareLinks.of(URL, "Title"))
                .isNotEqualTo(ShareLinks.of(URL, "Other title"))
                .isNotEqualTo(ShareLinks.of(URI.create("https://example.org/other"), "Title"))
                .isNotEqualTo(URL);
        assertThat(share).hasToString("ShareLinks[https://example.org/ru/moskva?ref=a&b=c]");
    }
}
