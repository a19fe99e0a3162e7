package dev.byline.examples.service.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides whether the browser tests run: they need the system's Chromium and its ChromeDriver
 * (Debian: {@code apt-get install chromium chromium-driver}), and never download a browser.
 *
 * <ul>
 *   <li>Both found: the tests run.</li>
 *   <li>One missing on a developer's machine: the tests are skipped, and the reason names what is
 *       missing and how to get it.</li>
 *   <li>One missing where the environment variable {@code CI} is {@code true}: the tests
 *       <em>fail</em>, because in CI the browser tests are mandatory.</li>
 * </ul>
 *
 * <p>Where to look: the system property {@code byline.chromium} or the environment variable
 * {@code BYLINE_CHROMIUM} for the browser ({@code /usr/bin/chromium} by default, Debian's), and
 * {@code byline.chromedriver} / {@code BYLINE_CHROMEDRIVER} for the driver
 * ({@code /usr/bin/chromedriver}).
 *
 * <p>Use with {@code @ExtendWith(Chromium.class)}.
 */
public final class Chromium implements ExecutionCondition {

    /** Debian's Chromium. */
    static final String DEFAULT_BROWSER = "/usr/bin/chromium";

    /** Debian's ChromeDriver, from the {@code chromium-driver} package. */
    static final String DEFAULT_DRIVER = "/usr/bin/chromedriver";

    /**
     * Returns the browser to drive.
     *
     * @return the path of the Chromium executable
     */
    public static Path browser() {
        return setting("byline.chromium", "BYLINE_CHROMIUM", DEFAULT_BROWSER, System::getProperty, System::getenv);
    }

    /**
     * Returns the driver to start.
     *
     * @return the path of the ChromeDriver executable
     */
    public static Path driver() {
        return setting("byline.chromedriver", "BYLINE_CHROMEDRIVER", DEFAULT_DRIVER, System::getProperty,
                System::getenv);
    }

    /** A system property, else an environment variable, else the default. */
    static Path setting(String property, String variable, String fallback, Function<String, String> properties,
            Function<String, String> environment) {
        String value = Optional.ofNullable(properties.apply(property)).filter(v -> !v.isBlank())
                .or(() -> Optional.ofNullable(environment.apply(variable)).filter(v -> !v.isBlank()))
                .orElse(fallback);
        return Path.of(value.strip());
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        ConditionEvaluationResult result =
                decide(browser(), driver(), "true".equalsIgnoreCase(System.getenv("CI")), Files::isExecutable);
        if (result.isDisabled()) {
            // Maven's console shows only the count of skipped tests; the reason belongs beside it
            System.err.println(context.getDisplayName() + ": " + result.getReason().orElse(""));
        }
        return result;
    }

    /**
     * The decision, as the class description says.
     *
     * @param browser where Chromium should be
     * @param driver where ChromeDriver should be
     * @param ci whether this is a CI run ({@code CI=true})
     * @param executable tells whether a path is an executable file
     * @return enabled, or disabled with the reason
     * @throws IllegalStateException in CI when either is missing, naming what and how to install it
     */
    static ConditionEvaluationResult decide(Path browser, Path driver, boolean ci, Predicate<Path> executable) {
        StringBuilder missing = new StringBuilder();
        if (!executable.test(browser)) {
            missing.append("no Chromium at ").append(browser)
                    .append(" (set -Dbyline.chromium or BYLINE_CHROMIUM)");
        }
        if (!executable.test(driver)) {
            missing.append(missing.length() == 0 ? "" : " and ").append("no ChromeDriver at ").append(driver)
                    .append(" (set -Dbyline.chromedriver or BYLINE_CHROMEDRIVER)");
        }
        if (missing.length() == 0) {
            return ConditionEvaluationResult.enabled("Chromium at " + browser + ", ChromeDriver at " + driver);
        }
        String how = "; on Debian: apt-get install chromium chromium-driver";
        if (ci) {
            throw new IllegalStateException("Browser tests are mandatory in CI (CI=true), but there is " + missing + how);
        }
        return ConditionEvaluationResult.disabled("Browser tests skipped: " + missing + how);
    }
}
