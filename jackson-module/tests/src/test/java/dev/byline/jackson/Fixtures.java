package dev.byline.jackson;

import dev.byline.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Golden files in {@code src/test/resources/dev/byline/jackson/golden/} and how to read them. */
final class Fixtures {

    /** The golden documents and, where they are built in Java, the article each must equal. */
    enum Golden {
        SAMPLE("sample", Samples::sample),
        MINIMAL_DRAFT("minimal-draft", Samples::minimalDraft),
        PERSIAN("persian", Samples::persian),
        /** A machine-translated, reviewed, renamed and corrected edition. */
        TRANSLATED("translated", Samples::translated),
        /** Hand-written: unknown properties at every level, read and written back unchanged. */
        EXTENSIONS("extensions", null);

        final String file;
        final Supplier<Article> article;

        Golden(String file, Supplier<Article> article) {
            this.file = file;
            this.article = article;
        }

        String resource() {
            return "golden/" + file + ".json";
        }
    }

    private Fixtures() {}

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rewrites the built golden files from the Java fixtures. Run on purpose only, with
     * {@code -Dbyline.golden.update=true}; the diff is then reviewed like any change. Golden files are
     * pretty-printed so that a change of the format reads well in review.
     */
    static void update(Golden golden, String pretty) throws IOException {
        Path file = Path.of("src/test/resources/dev/byline/jackson", golden.resource());
        Files.createDirectories(file.getParent());
        Files.writeString(file, pretty, StandardCharsets.UTF_8);
    }
}
