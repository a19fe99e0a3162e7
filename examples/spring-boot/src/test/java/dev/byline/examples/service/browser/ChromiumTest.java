package dev.byline.examples.service.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** When the browser tests run, skip or fail; and where they look for the browser. */
class ChromiumTest {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void bothPresentRunsTheTests() {
        ConditionEvaluationResult result = Chromium.decide(BROWSER, DRIVER, false, Set.of(BROWSER, DRIVER)::contains);

        assertThat(result.isDisabled()).isFalse();
        assertThat(result.getReason()).hasValue("Chromium at /usr/bin/chromium, ChromeDriver at /usr/bin/chromedriver");
    }

    @Test
    void bothPresentRunsTheTestsInCiToo() {
        assertThat(Chromium.decide(BROWSER, DRIVER, true, Set.of(BROWSER, DRIVER)::contains).isDisabled()).isFalse();
    }

    @Test
    void aMissingDriverOnADevelopersMachineSkipsSayingWhatIsMissing() {
        ConditionEvaluationResult result = Chromium.decide(BROWSER, DRIVER, false, Set.of(BROWSER)::contains);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValue("Browser tests skipped: no ChromeDriver at /usr/bin/chromedriver"
                + " (set -Dbyline.chromedriver or BYLINE_CHROMEDRIVER); on Debian: apt-get install chromium"
                + " chromium-driver");
    }

    @Test
    void bothMissingOnADevelopersMachineSkipsNamingBoth() {
        ConditionEvaluationResult result = Chromium.decide(BROWSER, DRIVER, false, path -> false);

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("no Chromium at /usr/bin/chromium", " and no ChromeDriver at /usr/bin/chromedriver"));
    }

    @Test
    void aMissingBrowserInCiFails() {
        assertThatThrownBy(() -> Chromium.decide(BROWSER, DRIVER, true, Set.of(DRIVER)::contains))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Browser tests are mandatory in CI (CI=true), but there is no Chromium at"
                        + " /usr/bin/chromium (set -Dbyline.chromium or BYLINE_CHROMIUM); on Debian: apt-get install"
                        + " chromium chromium-driver");
    }

    @Test
    void thePropertyWinsOverTheVariableWhichWinsOverDebiansPath() {
        Map<String, String> properties = Map.of("byline.chromium", "/opt/chromium/chrome");
        Map<String, String> environment = Map.of("BYLINE_CHROMIUM", "/snap/bin/chromium");

        assertThat(Chromium.setting("byline.chromium", "BYLINE_CHROMIUM", "/usr/bin/chromium",
                properties::get, environment::get)).isEqualTo(Path.of("/opt/chromium/chrome"));
        assertThat(Chromium.setting("byline.chromium", "BYLINE_CHROMIUM", "/usr/bin/chromium",
                Map.<String, String>of()::get, environment::get)).isEqualTo(Path.of("/snap/bin/chromium"));
        assertThat(Chromium.setting("byline.chromium", "BYLINE_CHROMIUM", "/usr/bin/chromium",
                Map.<String, String>of()::get, Map.of("BYLINE_CHROMIUM", " ")::get)).isEqualTo(Path.of("/usr/bin/chromium"));
    }
}
