package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.Article;
import dev.byline.Status;
import dev.byline.jackson.Fixtures.Golden;
import dev.byline.web.JsonLdOptions;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * byline's JSON as a service outside Java reads it: {@code conformance/node/check.mjs} runs ajv 8
 * (strict mode, formats asserted) over the conformance suite and over every document byline
 * writes here (golden files, the suite's valid cases written back, 200 generated articles), and
 * jsonld.js over the JSON-LD of every published one (expansion in safe mode, flattening, RDF).
 *
 * <p>Needs Node.js 18 or newer on the PATH. The npm packages come from the committed lockfile:
 * when {@code conformance/node/node_modules} is missing the test runs {@code npm ci} first. In CI
 * ({@code CI=true}) a missing Node.js fails the build; elsewhere the test is skipped with a
 * message saying what to install.
 */
class NodeConsumerTest {

    private static final Path NODE_DIR = ConformanceSuiteTest.SUITE.resolve("../node").normalize();
    private static final Path VOCABULARY = Path.of(System.getProperty("byline.schemaorg.vocabulary",
            "../../../shared/data/schemaorg/schemaorg-current-https-30.0.jsonld"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String node;

    @BeforeAll
    static void findNode() throws Exception {
        node = executable("node");
        if (node == null) {
            String message = "Node.js 18+ is needed for the check of byline's JSON by ajv and jsonld.js (install it,"
                    + " then run: npm ci --prefix conformance/node)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + "; CI=true makes this check mandatory");
            }
            Assumptions.abort(message);
        }
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules"))) {
            String npm = executable("npm");
            assertThat(npm).as("npm, to install the consumer check's packages").isNotNull();
            Result r = run(List.of(npm, "ci", "--no-audit", "--no-fund"), NODE_DIR, 300);
            assertThat(r.code).as("npm ci in %s:%n%s", NODE_DIR, r.output).isZero();
        }
    }

    private static String executable(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private record Result(int code, String output) {}

    private static Result run(List<String> command, Path dir, int seconds) throws Exception {
        Path log = Files.createTempFile("byline-node", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command + " did not finish in " + seconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    @Test
    void ajvAndJsonLdAgreeWithEverythingBylineWrites(@org.junit.jupiter.api.io.TempDir Path work) throws Exception {
        Path written = Files.createDirectories(work.resolve("written"));
        Path ld = Files.createDirectories(work.resolve("jsonld"));
        Adapter adapter = Jackson2.INSTANCE;
        List<Article> articles = new ArrayList<>();
        for (Golden g : Golden.values()) {
            articles.add(adapter.hardened().read(Fixtures.resource(g.resource())));
        }
        ConformanceSuiteTest.validCases().forEach(c -> {
            try {
                articles.add(adapter.hardened().read(ConformanceSuiteTest.bytes(c.get("file").asText()), Article.class));
            } catch (Exception e) {
                throw new AssertionError(c.get("name").asText(), e);
            }
        });
        Random random = new Random(20261206);
        for (int i = 0; i < 200; i++) {
            articles.add(Samples.generated(random, i));
        }
        JsonLdOptions site = JsonLdOptions.defaults()
                .withPublisher("Caspian Policy Forum", URI.create("https://caspian.example/"))
                .withPublisherLogo(URI.create("https://caspian.example/logo.png"))
                .withAccessibleForFree(true);
        int jsonLd = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            Files.writeString(written.resolve(i + ".json"), adapter.hardened().write(a));
            if (a.status() == Status.PUBLISHED) {
                JsonLdOptions options = i % 2 == 0 ? site : JsonLdOptions.defaults();
                if (i % 3 == 0) {
                    options = options.withPageUrl(URI.create("https://caspian.example/page/" + i));
                }
                Files.writeString(ld.resolve(i + ".json"), adapter.jsonLd(a, options));
                jsonLd++;
            }
        }
        assertThat(VOCABULARY).as("the schema.org vocabulary beside the project").exists();
        Result r = run(List.of(node, "check.mjs",
                "--schema", Path.of("../wire/src/main/resources/dev/byline/wire/article-v1.schema.json").toAbsolutePath().toString(),
                "--suite", ConformanceSuiteTest.SUITE.toAbsolutePath().toString(),
                "--written", written.toString(),
                "--jsonld", ld.toString(),
                "--vocabulary", VOCABULARY.toAbsolutePath().toString()), NODE_DIR, 300);
        JsonNode report;
        try {
            report = JSON.readTree(r.output);
        } catch (IOException e) {
            throw new AssertionError("check.mjs printed no report:\n" + r.output, e);
        }
        assertThat(report.get("problems")).as(r.output).isEmpty();
        assertThat(r.code).as(r.output).isZero();
        assertThat(report.get("warnings")).isEmpty();
        JsonNode suite = report.get("suite");
        int cases = ConformanceSuiteTest.MANIFEST.get("cases").size();
        assertThat(suite.get("valid").asInt() + suite.get("invalid").asInt() + suite.get("schemaBeyond").asInt()
                + suite.get("notJson").asInt()).isEqualTo(cases);
        assertThat(suite.get("schemaRefused").asInt()).isEqualTo(suite.get("invalid").asInt());
        assertThat(report.get("written").asInt()).isEqualTo(articles.size());
        assertThat(report.get("jsonLd").asInt()).isEqualTo(jsonLd).isGreaterThan(50);
        assertThat(report.get("quads").asInt()).isGreaterThan(jsonLd * 5);
    }
}
