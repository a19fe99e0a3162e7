package dev.byline.jackson;

import dev.byline.Article;
import java.io.InputStream;
import java.util.List;

/**
 * One Jackson adapter as the tests see it: the same calls for Jackson 2 ({@code byline-jackson})
 * and Jackson 3 ({@code byline-jackson3}), each answered with that generation's own mappers and
 * exception types. Every JSON test runs once per adapter from one source.
 */
interface Adapter {

    /** The kinds of failure, each a different exception type in each generation. */
    enum Failure {
        /** A value of the wrong kind, a missing or repeated property. */
        MISMATCH,
        /** A value that breaks a rule. */
        INVALID,
        /** A property a strict module does not know. */
        UNRECOGNIZED,
        /** Malformed JSON, or bytes that are not UTF-8. */
        MALFORMED,
        /** Any databind-level failure (the supertype of the first three). */
        DATABIND
    }

    /** Reads and writes with one mapper. Checked exceptions of Jackson 2 pass through. */
    interface Codec {
        <T> T read(String json, Class<T> type) throws Exception;

        <T> T read(byte[] json, Class<T> type) throws Exception;

        default Article read(String json) throws Exception {
            return read(json, Article.class);
        }

        <T> T read(InputStream json, Class<T> type) throws Exception;

        /** Reads every root-level article of the text, as {@code ObjectReader.readValues} does. */
        List<Article> readAll(String json) throws Exception;

        String write(Object value) throws Exception;

        byte[] writeBytes(Object value) throws Exception;

        /** The article pretty-printed as the golden files are, with a final newline. */
        String pretty(Article article) throws Exception;
    }

    /** A module of the adapter, seen through the options both generations share. */
    interface ModuleView {
        ModuleView withFailOnUnknownProperties(boolean fail);

        ModuleView withFailOnTrailingTokens(boolean fail);

        ModuleView withMaxDocumentLength(long maxLength);

        boolean isFailOnUnknownProperties();

        boolean isFailOnTrailingTokens();

        long maxDocumentLength();

        String moduleName();

        /** The module's Jackson version as text, and its group and artifact ids. */
        List<String> version();

        /** The module itself, for equality and {@code toString}. */
        Object unwrap();

        /** A plain mapper with this module registered. */
        Codec mapper();

        /** A mapper that registers this module, then discovers modules. */
        Codec mapperRegisteringThenDiscovering();
    }

    /** A module with the default options, as {@code new BylineModule()}. */
    ModuleView module();

    /** Whether the first registration of the module wins (Jackson 2) or the last (Jackson 3). */
    boolean firstRegistrationWins();

    /** The exception type of a kind of failure. */
    Class<? extends Exception> failure(Failure failure);

    /** {@code BylineJson.mapper()}: the hardened mapper. */
    Codec hardened();

    /** {@code BylineJson.reader()} and {@code BylineJson.writer()}: articles only. */
    Codec hardenedReaderWriter();

    /**
     * A copy of the hardened mapper made the generation's way ({@code copy()} in Jackson 2,
     * {@code rebuild().build()} in Jackson 3), which must keep the hardened factory.
     */
    Codec hardenedCopy();

    /** The ids of the modules the hardened mapper has registered. */
    List<Object> hardenedModuleIds();

    /** A plain mapper with {@code new BylineModule()} registered explicitly. */
    Codec stock();

    /** A plain mapper that found the module through its service declaration. */
    Codec discovered();

    /** A mapper with everything a host might loosen loosened. */
    Codec permissive();

    /** A plain mapper with a module configured by its {@code withX} options. */
    Codec configured(boolean failOnUnknownProperties, boolean failOnTrailingTokens, long maxDocumentLength);

    /** A plain mapper with the module and serialization settings that must not change the format. */
    Codec hostWithOtherSettings();

    /** {@code JsonLd.write(article)}. */
    String jsonLd(Article article);

    /** {@code JsonLd.write(article, options)}. */
    String jsonLd(Article article, dev.byline.web.JsonLdOptions options);

    /** The JSON Schema shipped in the adapter's jar, from {@code BylineJsonVersion.SCHEMA_RESOURCE}. */
    InputStream schema();

    /** The JPMS module name. */
    String moduleName();

    /** The Maven artifact id. */
    String artifactId();

    /** The service interface modules are discovered through. */
    Class<?> serviceInterface();

    /** The module class. */
    Class<?> moduleClass();

    /** Module instances with the default options, as {@code ServiceLoader} creates them. */
    List<Object> loadedModules();

    /** Both adapters, Jackson 2 first. */
    static List<Adapter> both() {
        return List.of(Jackson2.INSTANCE, Jackson3.INSTANCE);
    }
}
