package dev.byline.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the site links to URLs, and its clock. */
class SiteTest {

    final Site site = new Site(URI.create("https://news.example.org"), "2025-11-06T12:00:00Z", "en");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            https://news.example.org/fa/tejarat-kenar-rud/,     /fa/tejarat-kenar-rud/
            https://news.example.org/en/a/?ref=x%20y,           /en/a/?ref=x%20y
            https://news.example.org,                           /
            http://news.example.org/en/a/,                      http://news.example.org/en/a/
            https://news.example.org:8443/en/a/,                https://news.example.org:8443/en/a/
            https://other.example.org/en/a/,                    https://other.example.org/en/a/
            """)
    void pagesOfThePublicSiteAreLinkedByTheirPathOthersAsTheyAre(String url, String href) {
        assertThat(site.href(URI.create(url))).isEqualTo(href);
    }

    @Test
    void anArticleWithoutCanonicalUrlGetsTheSitesPage() {
        assertThat(site.publicUrl(SampleArticles.english().withCanonicalUrl(Optional.empty())))
                .isEqualTo(URI.create("https://news.example.org/en/trade-by-the-river/"));
        assertThat(site.publicUrl(SampleArticles.persian()))
                .isEqualTo(URI.create("https://news.example.org/fa/tejarat-kenar-rud/"));
    }

    @Test
    void aFixedNowFixesTheClockAndNoneUsesTheSystemClock() {
        assertThat(site.clock().instant()).isEqualTo(Instant.parse("2025-11-06T12:00:00Z"));
        assertThat(site.defaultLanguage()).isEqualTo(Locale.ENGLISH);
        Instant before = Instant.now();
        assertThat(new Site(URI.create("https://news.example.org"), "", "tr").clock().instant()).isAfterOrEqualTo(before);
    }
}
