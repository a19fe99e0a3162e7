package dev.byline.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.Image;
import dev.byline.LanguageSkill;
import dev.byline.RelatedPost;
import dev.byline.Translation;
import dev.byline.wire.ReadOptions;
import dev.byline.wire.WireType;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson module for byline's JSON wire format v1: serializers and deserializers for
 * {@link Article}, {@link Author}, {@link Translation}, {@link RelatedPost}, {@link Image},
 * {@link LanguageSkill} and {@link Body}.
 *
 * <p>Register it explicitly, {@code JsonMapper.builder().addModule(new BylineModule()).build()},
 * or let {@code ObjectMapper.findAndRegisterModules()} find it through its service
 * declaration. Use one way, not both: Jackson keeps the first module registered under the
 * module's type id and silently ignores later ones, so a configured module registered after
 * {@code findAndRegisterModules()} has no effect.
 *
 * <p>Reading builds every value through the model's public builders, so each invariant of the
 * model also guards JSON input. byline's rules hold whatever the host mapper allows (comments,
 * coercions, case-insensitive properties, single values as arrays, problem handlers do not
 * apply to byline's types): every bad document fails with a {@code JsonMappingException}
 * subtype (or a {@code JsonParseException} for malformed JSON) whose message starts with the
 * JSON path of the bad value, such as {@code $.translations[1].locale}, and states the rule.
 * Properties a type does not know are kept in its {@code extensions} and written back in their
 * order, numbers exactly, unless {@link #withFailOnUnknownProperties(boolean)} is on.
 *
 * <p>The options are set by {@code withX} methods, each returning a new module. Immutable and
 * thread-safe.
 */
public final class BylineModule extends Module {

    /**
     * The default longest article document, {@value} (64 MiB), counted in bytes for byte input
     * and chars for character input.
     */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = ReadOptions.DEFAULT_MAX_DOCUMENT_LENGTH;

    private final ReadOptions options;

    /**
     * Creates the module with the default options: unknown properties kept as extensions,
     * trailing tokens after a root article rejected, documents up to
     * {@link #DEFAULT_MAX_DOCUMENT_LENGTH}. This public constructor is also what
     * {@code ServiceLoader} calls.
     */
    public BylineModule() {
        this(ReadOptions.DEFAULT);
    }

    private BylineModule(ReadOptions options) {
        this.options = options;
    }

    /**
     * Returns a module that fails on properties byline does not know (strict reading) instead
     * of keeping them as extensions. The failure is an
     * {@link com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException}. The host's
     * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} does not affect byline's
     * types; only this option does.
     *
     * @param fail true to fail on unknown properties, false (the default) to keep them
     * @return a module with the option set; never null
     */
    public BylineModule withFailOnUnknownProperties(boolean fail) {
        return new BylineModule(options.withFailOnUnknownProperties(fail));
    }

    /**
     * Returns a module that does, or does not, require an article read as the root value to be
     * the whole input. On by default, so {@code {...} junk} fails even with a host mapper that
     * does not enable {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}. To check, the
     * deserializer reads one token past the article; turn this off to read several root-level
     * articles from one stream with {@code ObjectReader.readValues}.
     *
     * @param fail true (the default) to reject anything after a root article
     * @return a module with the option set; never null
     */
    public BylineModule withFailOnTrailingTokens(boolean fail) {
        return new BylineModule(options.withFailOnTrailingTokens(fail));
    }

    /**
     * Returns a module that rejects article documents longer than the given length, checked
     * after each property and list element as the document is read (the host's
     * {@code StreamReadConstraints} bound single tokens before byline sees them).
     *
     * @param maxLength the longest document in bytes (byte input) or chars (character input);
     *     positive
     * @return a module with the option set; never null
     * @throws IllegalArgumentException if {@code maxLength} is not positive
     */
    public BylineModule withMaxDocumentLength(long maxLength) {
        return new BylineModule(options.withMaxDocumentLength(maxLength));
    }

    /**
     * Tells whether unknown properties fail instead of being kept.
     *
     * @return true if strict
     */
    public boolean isFailOnUnknownProperties() {
        return options.failOnUnknownProperties();
    }

    /**
     * Tells whether anything after a root article fails.
     *
     * @return true if trailing tokens are rejected
     */
    public boolean isFailOnTrailingTokens() {
        return options.failOnTrailingTokens();
    }

    /**
     * Returns the longest document accepted.
     *
     * @return the length in bytes or chars; positive
     */
    public long maxDocumentLength() {
        return options.maxDocumentLength();
    }

    /**
     * Returns the module's name, {@code byline}.
     *
     * @return the name; never null
     */
    @Override
    public String getModuleName() {
        return "byline";
    }

    /**
     * Returns the version of this artifact, set at build time.
     *
     * @return the version; never null
     */
    @Override
    public Version version() {
        return PackageVersion.VERSION;
    }

    /**
     * Adds byline's serializers and deserializers to the mapper being set up.
     *
     * @param context the setup context Jackson passes; not null
     */
    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        SimpleDeserializers deserializers = new SimpleDeserializers();
        for (WireType<?> type : WireType.ALL) {
            add(type, serializers, deserializers);
        }
        context.addSerializers(serializers);
        context.addDeserializers(deserializers);
    }

    private <T> void add(WireType<T> type, SimpleSerializers serializers, SimpleDeserializers deserializers) {
        serializers.addSerializer(type.type(), new WireSerializer<>(type));
        deserializers.addDeserializer(type.type(), new WireDeserializer<>(type, options));
    }

    /**
     * Modules are equal when their options are equal.
     *
     * @param o the other object, may be null
     * @return true if {@code o} is a byline module with the same options
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof BylineModule && ((BylineModule) o).options.equals(options);
    }

    /**
     * Returns a hash code of the options.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return options.hashCode();
    }

    /**
     * Returns the module name, version and options, for logs.
     *
     * @return a string such as {@code BylineModule[0.1.0, failOnUnknownProperties=false, ...]}
     */
    @Override
    public String toString() {
        return "BylineModule[" + PackageVersion.TEXT + ", " + options + "]";
    }
}
