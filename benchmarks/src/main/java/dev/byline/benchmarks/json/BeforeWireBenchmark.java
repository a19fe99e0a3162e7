package dev.byline.benchmarks.json;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.byline.Article;
import dev.byline.jackson.BylineJson;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Jackson 2 adapter before and after the wire format moved to its own module, over the
 * same core: {@code readNow} is today's {@code dev.byline.jackson.BylineJson.reader()};
 * {@code readBefore} is the reader of commit {@code 902e511} (the last one before the move),
 * its sources taken from the history, the package renamed, and compiled against today's core
 * by {@code benchmarks/before-wire.sh}, which also runs this benchmark. Comparing the two
 * builds' jars instead also measures everything core gained since (new attributes, lengths in
 * code points, other checks); this isolates the adapter.
 *
 * <p>The old classes are loaded from the directory named by the system property {@value
 * #CLASSES}, in a class loader whose parent is this one, so both readers share the same core
 * and Jackson classes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BeforeWireBenchmark {

    /** The system property naming the directory of the compiled pre-wire adapter. */
    static final String CLASSES = "byline.beforeWire";

    /** The same documents as {@link ArticleJsonBenchmark}. */
    @Param({"sample"})
    public String document;

    private byte[] json;
    private final ObjectReader now = BylineJson.reader();
    private ObjectReader before;

    /** Loads the old reader and checks that both read the document to the same article. */
    @Setup
    public void setUp() throws IOException, ReflectiveOperationException {
        before = oldReader();
        Article article = Documents.article(document);
        json = BylineJson.writer().writeValueAsBytes(article);
        if (!before.readValue(json).equals(article)) {
            throw new IllegalStateException("the pre-wire reader reads another article: " + document);
        }
        if (!now.readValue(json).equals(article)) {
            throw new IllegalStateException("byline does not read what it wrote: " + document);
        }
    }

    private static ObjectReader oldReader() throws MalformedURLException, ReflectiveOperationException {
        String dir = System.getProperty(CLASSES);
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("-D" + CLASSES + " must name the directory of the compiled pre-wire"
                    + " adapter (was " + dir + "); run benchmarks/before-wire.sh, which builds and passes it");
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(dir).toUri().toURL()},
                BeforeWireBenchmark.class.getClassLoader());
        Class<?> json = Class.forName("dev.byline.beforewire.BylineJson", true, loader);
        return (ObjectReader) json.getMethod("reader").invoke(null);
    }

    /** Today's Jackson 2 reader. */
    @Benchmark
    public Article readNow() throws IOException {
        return now.readValue(json);
    }

    /** The Jackson 2 reader of {@code 902e511}, on today's core. */
    @Benchmark
    public Article readBefore() throws IOException {
        return before.readValue(json);
    }
}
