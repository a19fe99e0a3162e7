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
import java.util.Arrays;
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
import tools.jackson.databind.cfg.DateTimeFeature;

/**
 * Reading and writing one article document three ways on each Jackson generation, all six in
 * the same run: byline's module with all its validation ({@code Byline2}: {@code
 * dev.byline.jackson.BylineJson}; {@code Byline3}: {@code dev.byline.jackson3.BylineJson}),
 * Jackson databind over equivalent plain records ({@code Databind2}, {@code Databind3}: what a
 * user would otherwise write) and a minimal hand-written streaming codec without validation
 * ({@code Hand2}: {@link HandCodec}, {@code Hand3}: {@link HandCodec3}; the practical limit).
 * Compare the scores as ratios; run with {@code -prof gc} for allocation per operation.
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
    private final tools.jackson.databind.ObjectReader bylineReader3 = dev.byline.jackson3.BylineJson.reader();
    private final tools.jackson.databind.ObjectWriter bylineWriter3 = dev.byline.jackson3.BylineJson.writer();
    private tools.jackson.databind.ObjectReader recordReader3;
    private tools.jackson.databind.ObjectWriter recordWriter3;
    private final HandCodec3 hand3 = new HandCodec3();

    /**
     * Builds the document and checks that the six ways read and write the same JSON, and that
     * byline's Jackson 2 and Jackson 3 writers write the same bytes.
     */
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

        // Jackson 3: the same peers, checked against the Jackson 2 output
        tools.jackson.databind.json.JsonMapper records3 = tools.jackson.databind.json.JsonMapper.builder()
                .addModule(languageTags3())
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
                .build();
        recordReader3 = records3.readerFor(ArticleRecord.class);
        recordWriter3 = records3.writerFor(ArticleRecord.class);
        if (!recordReader3.readValue(json).equals(record)) {
            throw new IllegalStateException("Jackson 3 databind reads other records than Jackson 2: " + document);
        }
        if (!plain.readTree(recordWriter3.writeValueAsBytes(record)).equals(plain.readTree(json))) {
            throw new IllegalStateException("Jackson 3 databind over records does not write what it read: " + document);
        }
        if (!hand3.read(json).equals(hand.read(json))) {
            throw new IllegalStateException("the Jackson 3 hand-written codec reads other records than the Jackson 2 one: " + document);
        }
        if (!plain.readTree(hand3.write(hand3.read(json))).equals(plain.readTree(json))) {
            throw new IllegalStateException("the Jackson 3 hand-written codec does not write what it read: " + document);
        }
        if (!bylineReader3.readValue(json).equals(article)) {
            throw new IllegalStateException("byline's Jackson 3 module does not read what the Jackson 2 one wrote: " + document);
        }
        if (!Arrays.equals(bylineWriter3.writeValueAsBytes(article), json)) {
            throw new IllegalStateException("byline's Jackson 2 and Jackson 3 modules write different bytes: " + document);
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

    /** {@link #languageTags()} for Jackson 3. */
    private static tools.jackson.databind.module.SimpleModule languageTags3() {
        tools.jackson.databind.module.SimpleModule module = new tools.jackson.databind.module.SimpleModule("language-tags");
        module.addSerializer(Locale.class, new tools.jackson.databind.ser.std.StdSerializer<Locale>(Locale.class) {
            @Override
            public void serialize(Locale value, tools.jackson.core.JsonGenerator gen,
                    tools.jackson.databind.SerializationContext context) {
                gen.writeString(value.toLanguageTag());
            }
        });
        module.addDeserializer(Locale.class, new tools.jackson.databind.deser.std.StdDeserializer<Locale>(Locale.class) {
            @Override
            public Locale deserialize(tools.jackson.core.JsonParser p, tools.jackson.databind.DeserializationContext ctxt) {
                return Locale.forLanguageTag(p.getString());
            }
        });
        return module;
    }

    // ---- Jackson 2 ----

    @Benchmark
    public Article readByline2() throws IOException {
        return bylineReader.readValue(json);
    }

    @Benchmark
    public ArticleRecord readDatabind2() throws IOException {
        return recordReader.readValue(json);
    }

    @Benchmark
    public ArticleRecord readHand2() throws IOException {
        return hand.read(json);
    }

    @Benchmark
    public byte[] writeByline2() throws IOException {
        return bylineWriter.writeValueAsBytes(article);
    }

    @Benchmark
    public byte[] writeDatabind2() throws IOException {
        return recordWriter.writeValueAsBytes(record);
    }

    @Benchmark
    public byte[] writeHand2() throws IOException {
        return hand.write(record);
    }

    // ---- Jackson 3 ----

    @Benchmark
    public Article readByline3() {
        return bylineReader3.readValue(json);
    }

    @Benchmark
    public ArticleRecord readDatabind3() {
        return recordReader3.readValue(json);
    }

    @Benchmark
    public ArticleRecord readHand3() {
        return hand3.read(json);
    }

    @Benchmark
    public byte[] writeByline3() {
        return bylineWriter3.writeValueAsBytes(article);
    }

    @Benchmark
    public byte[] writeDatabind3() {
        return recordWriter3.writeValueAsBytes(record);
    }

    @Benchmark
    public byte[] writeHand3() {
        return hand3.write(record);
    }
}
