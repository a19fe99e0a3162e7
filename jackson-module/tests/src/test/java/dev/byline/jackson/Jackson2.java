package dev.byline.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.byline.Article;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The Jackson 2 adapter, {@code byline-jackson}, as the tests see it. */
final class Jackson2 implements Adapter {

    static final Jackson2 INSTANCE = new Jackson2();

    private Jackson2() {}

    @Override
    public String toString() {
        return "Jackson 2";
    }

    @Override
    public Class<? extends Exception> failure(Failure failure) {
        switch (failure) {
            case MISMATCH: return MismatchedInputException.class;
            case INVALID: return InvalidFormatException.class;
            case UNRECOGNIZED: return UnrecognizedPropertyException.class;
            case MALFORMED: return JsonParseException.class;
            default: return JsonMappingException.class;
        }
    }

    /** A codec over one mapper, or over a reader and writer for articles. */
    static final class MapperCodec implements Codec {
        private final ObjectMapper mapper;
        private final ObjectReader reader;
        private final ObjectWriter writer;

        MapperCodec(ObjectMapper mapper) {
            this(mapper, mapper.reader(), mapper.writer());
        }

        MapperCodec(ObjectMapper mapper, ObjectReader reader, ObjectWriter writer) {
            this.mapper = mapper;
            this.reader = reader;
            this.writer = writer;
        }

        @Override
        public <T> T read(String json, Class<T> type) throws IOException {
            return reader.forType(type).readValue(json);
        }

        @Override
        public <T> T read(byte[] json, Class<T> type) throws IOException {
            return reader.forType(type).readValue(json);
        }

        @Override
        public <T> T read(InputStream json, Class<T> type) throws IOException {
            return reader.forType(type).readValue(json);
        }

        @Override
        public List<Article> readAll(String json) throws IOException {
            return reader.forType(Article.class).<Article>readValues(json).readAll();
        }

        @Override
        public String write(Object value) throws IOException {
            return writer.writeValueAsString(value);
        }

        @Override
        public byte[] writeBytes(Object value) throws IOException {
            return writer.writeValueAsBytes(value);
        }

        @Override
        public String pretty(Article article) throws IOException {
            return mapper.writerFor(Article.class).withDefaultPrettyPrinter().writeValueAsString(article) + "\n";
        }
    }

    /** The module through the options both generations share. */
    static final class View implements ModuleView {
        private final BylineModule module;

        View(BylineModule module) {
            this.module = module;
        }

        @Override
        public ModuleView withFailOnUnknownProperties(boolean fail) {
            return new View(module.withFailOnUnknownProperties(fail));
        }

        @Override
        public ModuleView withFailOnTrailingTokens(boolean fail) {
            return new View(module.withFailOnTrailingTokens(fail));
        }

        @Override
        public ModuleView withMaxDocumentLength(long maxLength) {
            return new View(module.withMaxDocumentLength(maxLength));
        }

        @Override
        public boolean isFailOnUnknownProperties() {
            return module.isFailOnUnknownProperties();
        }

        @Override
        public boolean isFailOnTrailingTokens() {
            return module.isFailOnTrailingTokens();
        }

        @Override
        public long maxDocumentLength() {
            return module.maxDocumentLength();
        }

        @Override
        public String moduleName() {
            return module.getModuleName();
        }

        @Override
        public List<String> version() {
            return List.of(module.version().toString(), module.version().getGroupId(), module.version().getArtifactId());
        }

        @Override
        public Object unwrap() {
            return module;
        }

        @Override
        public Codec mapper() {
            return new MapperCodec(JsonMapper.builder().addModule(module).build());
        }

        @Override
        public Codec mapperRegisteringThenDiscovering() {
            return new MapperCodec(JsonMapper.builder().addModule(module).findAndAddModules().build());
        }
    }

    @Override
    public ModuleView module() {
        return new View(new BylineModule());
    }

    @Override
    public boolean firstRegistrationWins() {
        return true;
    }

    @Override
    public Codec hardened() {
        return new MapperCodec(BylineJson.mapper());
    }

    @Override
    public Codec hardenedReaderWriter() {
        return new MapperCodec(BylineJson.mapper(), BylineJson.reader(), BylineJson.writer());
    }

    @Override
    public Codec hardenedCopy() {
        return new MapperCodec(BylineJson.mapper().copy());
    }

    @Override
    public List<Object> hardenedModuleIds() {
        return new java.util.ArrayList<>(BylineJson.mapper().getRegisteredModuleIds());
    }

    @Override
    public Codec stock() {
        return new MapperCodec(new ObjectMapper().registerModule(new BylineModule()));
    }

    @Override
    public Codec discovered() {
        return new MapperCodec(new ObjectMapper().findAndRegisterModules());
    }

    @Override
    public Codec configured(boolean failOnUnknownProperties, boolean failOnTrailingTokens, long maxDocumentLength) {
        return new MapperCodec(JsonMapper.builder().addModule(new BylineModule()
                .withFailOnUnknownProperties(failOnUnknownProperties).withFailOnTrailingTokens(failOnTrailingTokens)
                .withMaxDocumentLength(maxDocumentLength)).build());
    }

    @Override
    public Codec permissive() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000)
                        .maxStringLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE).build())
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                        JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                        JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                        JsonReadFeature.ALLOW_MISSING_VALUES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
                        MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                        DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT, DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                        DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_INVALID_SUBTYPE, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addHandler(new ForgivingHandler())
                .addModule(new BylineModule())
                .build();
        for (CoercionInputShape shape : CoercionInputShape.values()) {
            mapper.coercionConfigDefaults().setCoercion(shape, CoercionAction.TryConvert);
        }
        return new MapperCodec(mapper);
    }

    /** A problem handler that tries to make every problem go away. */
    static final class ForgivingHandler extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value, String msg) {
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value, String msg) {
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) {
            return null;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                com.fasterxml.jackson.databind.deser.ValueInstantiator valueInsta, JsonParser p, String msg) {
            return null;
        }
    }

    @Override
    public Codec hostWithOtherSettings() {
        return new MapperCodec(new ObjectMapper().registerModule(new BylineModule())
                .enable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_ENUMS_USING_INDEX));
    }

    @Override
    public String jsonLd(Article article) {
        return JsonLd.write(article);
    }

    @Override
    public String jsonLd(Article article, dev.byline.web.JsonLdOptions options) {
        return dev.byline.jackson.JsonLd.write(article, options);
    }

    @Override
    public InputStream schema() {
        return BylineJsonVersion.class.getResourceAsStream(BylineJsonVersion.SCHEMA_RESOURCE);
    }

    @Override
    public String moduleName() {
        return "dev.byline.jackson";
    }

    @Override
    public String artifactId() {
        return "byline-jackson";
    }

    @Override
    public Class<?> serviceInterface() {
        return Module.class;
    }

    @Override
    public Class<?> moduleClass() {
        return BylineModule.class;
    }

    @Override
    public List<Object> loadedModules() {
        return ServiceLoader.load(Module.class).stream().map(ServiceLoader.Provider::get).collect(Collectors.toList());
    }
}
