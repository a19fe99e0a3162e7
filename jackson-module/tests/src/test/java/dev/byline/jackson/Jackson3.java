package dev.byline.jackson;

import dev.byline.Article;
import dev.byline.jackson3.BylineJson;
import dev.byline.jackson3.BylineJsonVersion;
import dev.byline.jackson3.BylineModule;
import dev.byline.jackson3.JsonLd;
import java.io.InputStream;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 adapter, {@code byline-jackson3}, as the tests see it. */
final class Jackson3 implements Adapter {

    static final Jackson3 INSTANCE = new Jackson3();

    private Jackson3() {}

    @Override
    public String toString() {
        return "Jackson 3";
    }

    @Override
    public Class<? extends Exception> failure(Failure failure) {
        switch (failure) {
            case MISMATCH: return MismatchedInputException.class;
            case INVALID: return InvalidFormatException.class;
            case UNRECOGNIZED: return UnrecognizedPropertyException.class;
            case MALFORMED: return StreamReadException.class;
            default: return DatabindException.class;
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
        public <T> T read(String json, Class<T> type) {
            return reader.forType(type).readValue(json);
        }

        @Override
        public <T> T read(byte[] json, Class<T> type) {
            return reader.forType(type).readValue(json);
        }

        @Override
        public <T> T read(InputStream json, Class<T> type) {
            return reader.forType(type).readValue(json);
        }

        @Override
        public List<Article> readAll(String json) {
            return reader.forType(Article.class).<Article>readValues(json).readAll();
        }

        @Override
        public String write(Object value) {
            return writer.writeValueAsString(value);
        }

        @Override
        public byte[] writeBytes(Object value) {
            return writer.writeValueAsBytes(value);
        }

        @Override
        public String pretty(Article article) {
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
        return false;
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
        return new MapperCodec(BylineJson.mapper().rebuild().build());
    }

    @Override
    public List<Object> hardenedModuleIds() {
        return BylineJson.mapper().registeredModules().stream().map(JacksonModule::getRegistrationId).collect(Collectors.toList());
    }

    @Override
    public Codec stock() {
        return new MapperCodec(JsonMapper.builder().addModule(new BylineModule()).build());
    }

    @Override
    public Codec discovered() {
        return new MapperCodec(JsonMapper.builder().findAndAddModules().build());
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
                        JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
                        JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                        JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                        JsonReadFeature.ALLOW_MISSING_VALUES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES, MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS,
                        MapperFeature.ACCEPT_CASE_INSENSITIVE_VALUES, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                        DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT, DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_INVALID_SUBTYPE, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .withCoercionConfigDefaults(c -> {
                    for (CoercionInputShape shape : CoercionInputShape.values()) {
                        c.setCoercion(shape, CoercionAction.TryConvert);
                    }
                })
                .addHandler(new ForgivingHandler())
                .addModule(new BylineModule())
                .build();
        return new MapperCodec(mapper);
    }

    /** A problem handler that tries to make every problem go away. */
    static final class ForgivingHandler extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) {
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
                ValueInstantiator valueInsta, JsonParser p, String msg) {
            return null;
        }
    }

    @Override
    public Codec hostWithOtherSettings() {
        return new MapperCodec(JsonMapper.builder().addModule(new BylineModule())
                .enable(tools.jackson.databind.cfg.DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(EnumFeature.WRITE_ENUMS_USING_INDEX).build());
    }

    @Override
    public String jsonLd(Article article) {
        return JsonLd.write(article);
    }

    @Override
    public String jsonLd(Article article, dev.byline.web.JsonLdOptions options) {
        return dev.byline.jackson3.JsonLd.write(article, options);
    }

    @Override
    public InputStream schema() {
        return BylineJsonVersion.class.getResourceAsStream(BylineJsonVersion.SCHEMA_RESOURCE);
    }

    @Override
    public String moduleName() {
        return "dev.byline.jackson3";
    }

    @Override
    public String artifactId() {
        return "byline-jackson3";
    }

    @Override
    public Class<?> serviceInterface() {
        return JacksonModule.class;
    }

    @Override
    public Class<?> moduleClass() {
        return BylineModule.class;
    }

    @Override
    public List<Object> loadedModules() {
        return ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::get)
                .collect(Collectors.toList());
    }
}
