package dev.byline.benchmarks.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.byline.Article;
import dev.byline.benchmarks.json.Records.ArticleRecord;
import dev.byline.jackson.BylineJson;
import java.io.IOException;
import java.util.Locale;
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
 * Reading and writing one article document three ways in the same run: byline's module with
 * all its validation ({@code byline}), Jackson databind over equivalent plain records
 * ({@code databindRecords}, what a user would otherwise write) and a minimal hand-written
 * streaming codec without validation ({@code handCodec}, the practical limit). Compare the
 * scores as ratios; run with {@code -prof gc} for allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ArticleJsonBenchmark {

    /** Which document: the ~7 KB sample, the sample with a ~1 MB body, or with 500 translations. */
    @Param({"sample", "body-1mb", "translations-500"})
    public String document;

    private byte[] json;
    private Article article;
    private ArticleRecord record;
    private final ObjectReader bylineReader = BylineJson.reader();
    private final ObjectWriter bylineWriter = BylineJson.writer();
    private ObjectReader recordReader;
    private ObjectWriter recordWriter;
    private final HandCodec hand = new HandCodec();

    /** Builds the document and checks that the three ways read and write the same JSON. */
    @Setup
    public void setUp() throws IOException {
        article = Documents.article(document);
        json = bylineWriter.writeValueAsBytes(article);
        ObjectMapper records = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(languageTags())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
                .build();
        recordReader = records.readerFor(ArticleRecord.class);
        recordWriter = records.writerFor(ArticleRecord.class);
        record = recordReader.readValue(json);
        ObjectMapper plain = new ObjectMapper();
        if (!plain.readTree(recordWriter.writeValueAsBytes(record)).equals(plain.readTree(json))) {
            throw new IllegalStateException("databind over records does not write what it read: " + document);
        }
        if (!plain.readTree(hand.write(hand.read(json))).equals(plain.readTree(json))) {
            throw new IllegalStateException("the hand-written codec does not write what it read: " + document);
        }
        if (!bylineReader.readValue(json).equals(article)) {
            throw new IllegalStateException("byline does not read what it wrote: " + document);
        }
        System.out.println("\n" + document + ": " + json.length + " bytes");
    }

    /**
     * Jackson writes a {@code Locale} with {@code toString()} ({@code en_US}) and reads tags
     * without their script; a user of the v1 format needs BCP 47 tags both ways.
     */
    private static SimpleModule languageTags() {
        SimpleModule module = new SimpleModule("language-tags");
        module.addSerializer(Locale.class, new StdSerializer<Locale>(Locale.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Locale value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toLanguageTag());
            }
        });
        module.addDeserializer(Locale.class, new StdDeserializer<Locale>(Locale.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public Locale deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Locale.forLanguageTag(p.getText());
            }
        });
        return module;
    }

    @Benchmark
    public Article readByline() throws IOException {
        return bylineReader.readValue(json);
    }

    @Benchmark
    public ArticleRecord readDatabindRecords() throws IOException {
        return recordReader.readValue(json);
    }

    @Benchmark
    public ArticleRecord readHandCodec() throws IOException {
        return hand.read(json);
    }

    @Benchmark
    public byte[] writeByline() throws IOException {
        return bylineWriter.writeValueAsBytes(article);
    }

    @Benchmark
    public byte[] writeDatabindRecords() throws IOException {
        return recordWriter.writeValueAsBytes(record);
    }

    @Benchmark
    public byte[] writeHandCodec() throws IOException {
        return hand.write(record);
    }
}
