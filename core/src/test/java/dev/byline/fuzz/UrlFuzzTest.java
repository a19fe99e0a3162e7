package dev.byline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.Image;
import dev.byline.InvalidArticleException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * URL validation: whatever {@link URI} parses, building an image from it either succeeds with
 * an absolute http(s) URL that has a host and no user info, or throws
 * {@link InvalidArticleException}. Nothing else escapes.
 */
class UrlFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void onlyValidUrlsPassAndOnlyTheLibraryExceptionEscapes(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return; // not a URI at all: the caller's parser rejected it
        }
        try {
            Image image = Image.of(uri);
            URI url = image.url();
            assertThat(url.isAbsolute()).isTrue();
            assertThat(url.getScheme()).matches("(?i)https?");
            assertThat(url.getHost()).isNotEmpty();
            assertThat(url.getRawUserInfo()).isNull();
        } catch (InvalidArticleException expected) {
            assertThat(expected.getMessage()).startsWith("url: ");
        }
    }
}
