package dev.byline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.InvalidValueException;
import java.net.URI;
import org.junit.jupiter.api.Test;

class JsonLdOptionsTest {

    private static final URI HOME = URI.create("https://caspian.example/");

    @Test
    void defaultsSayNothing() {
        JsonLdOptions d = JsonLdOptions.defaults();
        assertThat(d.publisherName()).isEmpty();
        assertThat(d.publisherUrl()).isEmpty();
        assertThat(d.publisherLogo()).isEmpty();
        assertThat(d.accessibleForFree()).isEmpty();
        assertThat(d.pageUrl()).isEmpty();
    }

    @Test
    void eachWithMethodReturnsANewValueAndLeavesTheOldOneAlone() {
        JsonLdOptions d = JsonLdOptions.defaults();
        JsonLdOptions site = d.withPublisher("Caspian Policy Forum", HOME)
                .withPublisherLogo(URI.create("https://caspian.example/logo.png"))
                .withAccessibleForFree(false)
                .withPageUrl(URI.create("https://caspian.example/p/1"));
        assertThat(d).isEqualTo(JsonLdOptions.defaults());
        assertThat(site.publisherName()).contains("Caspian Policy Forum");
        assertThat(site.publisherUrl()).contains(HOME);
        assertThat(site.publisherLogo()).contains(URI.create("https://caspian.example/logo.png"));
        assertThat(site.accessibleForFree()).contains(false);
        assertThat(site.pageUrl()).contains(URI.create("https://caspian.example/p/1"));
        assertThat(site).isEqualTo(JsonLdOptions.defaults().withPublisher("Caspian Policy Forum", HOME)
                .withPublisherLogo(URI.create("https://caspian.example/logo.png")).withAccessibleForFree(false)
                .withPageUrl(URI.create("https://caspian.example/p/1")));
        assertThat(site.hashCode()).isEqualTo(site.withAccessibleForFree(false).hashCode());
        assertThat(site).isNotEqualTo(site.withAccessibleForFree(true));
    }

    @Test
    void badValuesNameTheOptionAndTheRule() {
        assertThatThrownBy(() -> JsonLdOptions.defaults().withPublisher(" ", HOME))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("publisher.name: must not be blank");
        assertThatThrownBy(() -> JsonLdOptions.defaults().withPublisher("P", URI.create("ftp://caspian.example/")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("publisher.url: must use the http or https scheme");
        assertThatThrownBy(() -> JsonLdOptions.defaults().withPublisherLogo(HOME))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("publisher.logo: needs a publisher: call withPublisher first");
        assertThatThrownBy(() -> JsonLdOptions.defaults().withPageUrl(URI.create("https://caspian.example/p#top")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("pageUrl: must not have a fragment");
        assertThatThrownBy(() -> JsonLdOptions.defaults().withPageUrl(URI.create("/p/1")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("pageUrl: must be an absolute http or https URL");
    }
}
