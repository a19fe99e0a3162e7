package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * The build runs the JSON tests on several Jackson versions (see this module's POM); this checks
 * that each run really has the version it claims on its class path.
 */
class JacksonVersionsTest {

    @Test
    void jackson2OnTheClassPathIsTheOneThisRunIsFor() {
        String expected = System.getProperty("byline.expected.jackson2");
        assumeTrue(expected != null, "run outside the build: no expected version");
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(expected);
        assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
    }

    @Test
    void jackson3OnTheClassPathIsTheOneThisRunIsFor() {
        String expected = System.getProperty("byline.expected.jackson3");
        assumeTrue(expected != null, "run outside the build: no expected version");
        assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(expected);
        assertThat(tools.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
    }
}
