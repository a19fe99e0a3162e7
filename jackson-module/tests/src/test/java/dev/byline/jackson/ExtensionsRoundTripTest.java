package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.byline.Article;
import dev.byline.jackson.Adapter.Failure;
import dev.byline.Extensions;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Nothing lost: unknown properties at every level are kept, exactly, in order. */
@ParameterizedClass(name = "{0}")
@MethodSource("dev.byline.jackson.Adapter#both")
class ExtensionsRoundTripTest {

    @Parameter
    Adapter adapter;


    private Article extensionsFixture() throws Exception {
        return adapter.hardened().read(Fixtures.resource(Fixtures.Golden.EXTENSIONS.resource()), Article.class);
    }

    @Test
    void unknownPropertiesOfEveryObjectLandInItsExtensions() throws Exception {
        Article a = extensionsFixture();
        assertThat(a.extensions().asMap()).containsOnlyKeys("x-cms", "price");
        assertThat(a.body().extensions().asMap()).containsOnlyKeys("wordsCountedBy", "checksum");
        assertThat(a.authors().get(0).extensions().asMap()).containsOnlyKeys("orcid", "rating");
        assertThat(a.authors().get(0).languages().get(0).extensions().asMap()).containsOnlyKeys("since", "certified");
        assertThat(a.authors().get(0).image().orElseThrow().extensions().asMap()).containsOnlyKeys("focalPoint");
        assertThat(a.image().orElseThrow().extensions().asMap()).containsOnlyKeys("exif");
        assertThat(a.translations().get(0).extensions().asMap()).containsOnlyKeys("reviewedBy", "empty");
        assertThat(a.related().get(0).extensions().asMap()).containsOnlyKeys("score", "negative", "tiny");
    }

    @Test
    void decimalsKeepTheirScale() throws Exception {
        Article a = extensionsFixture();
        BigDecimal price = (BigDecimal) a.extensions().asMap().get("price");
        assertThat(price.toString()).isEqualTo("1.50");
        assertThat(price.scale()).isEqualTo(2);
        assertThat(adapter.hardened().write(a)).contains("\"price\":1.50}").contains("\"exposure\":0.0040");
    }

    @Test
    void bigIntegersStayWhole() throws Exception {
        Article a = extensionsFixture();
        assertThat(a.related().get(0).extensions().asMap().get("score"))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        @SuppressWarnings("unchecked")
        Map<String, Object> cms = (Map<String, Object>) a.extensions().asMap().get("x-cms");
        assertThat(cms.get("revision")).isEqualTo(new BigInteger("18446744073709551616"));
        assertThat(adapter.hardened().write(a)).contains("\"revision\":18446744073709551616");
    }

    @Test
    void nullsArraysAndEmptyContainersAreKeptAsTheyWere() throws Exception {
        Article a = extensionsFixture();
        @SuppressWarnings("unchecked")
        Map<String, Object> cms = (Map<String, Object>) a.extensions().asMap().get("x-cms");
        assertThat(cms).containsEntry("nothing", null);
        assertThat(cms.keySet()).containsExactly("revision", "flags", "note", "nothing");
        @SuppressWarnings("unchecked")
        Map<String, Object> lens = (Map<String, Object>) ((Map<String, Object>) a.image().orElseThrow().extensions()
                .asMap().get("exif")).get("lens");
        assertThat((List<?>) lens.get("tags")).isEqualTo(Arrays.asList("prime", null, true, List.of()));
        assertThat(a.translations().get(0).extensions().asMap().get("empty")).isEqualTo(Map.of());
    }

    @Test
    void extensionsBuiltInJavaAreWrittenAfterTheKnownProperties() throws Exception {
        Article a = Samples.minimalDraft().withExtensions(Extensions.empty().with("zeta", 1).with("alpha", "a"));
        String json = adapter.hardened().write(a);
        assertThat(json).endsWith("\"status\":\"draft\",\"zeta\":1,\"alpha\":\"a\"}");
        assertThat(adapter.hardened().read(json, Article.class)).isEqualTo(a);
    }

    @Test
    void exponentNotationIsKeptAsTheSameDecimal() throws Exception {
        String json = BadDocumentsTest.plus("\"e\":1e2,\"f\":-0.5E-3");
        Article a = adapter.hardened().read(json, Article.class);
        assertThat(a.extensions().asMap().get("e")).isEqualTo(new BigDecimal("1e2"));
        assertThat(a.extensions().asMap().get("f")).isEqualTo(new BigDecimal("-0.5E-3"));
        // BigDecimal's own text: the same value and scale, in its canonical notation
        assertThat(adapter.hardened().write(a)).contains("\"e\":1E+2,\"f\":-0.0005");
    }

    @Test
    void strictModuleRejectsUnknownPropertiesWithTheirPath() {
        Adapter.Codec strict = adapter.configured(true, true, BylineModule.DEFAULT_MAX_DOCUMENT_LENGTH);
        String json = BadDocumentsTest.BASE.replace("\"width\":10", "\"width\":10,\"focus\":[1,2]");
        assertThatThrownBy(() -> strict.read(json, Article.class))
                .isInstanceOf(adapter.failure(Failure.UNRECOGNIZED))
                .hasMessageStartingWith("$.image.focus: unknown property")
                .hasMessageContaining("withFailOnUnknownProperties")
                .extracting("propertyName").isEqualTo("focus");
    }

    @Test
    void nanFromAPermissiveParserIsNotAnExtensionValue() {
        String json = BadDocumentsTest.plus("\"x\":NaN");
        assertThatThrownBy(() -> adapter.permissive().read(json, Article.class))
                .isInstanceOf(adapter.failure(Failure.INVALID))
                .hasMessageStartingWith("$.x: must be a finite number");
        assertThatThrownBy(() -> adapter.stock().read(json, Article.class))
                .isInstanceOf(adapter.failure(Failure.MALFORMED))
                .hasMessageStartingWith("$.x: ")
                .hasMessageContaining("NaN");
    }

    @Test
    void aDecimalWithScaleZeroStaysADecimal() throws Exception {
        // found by fuzzing: 1e000000000 is the decimal 1 with scale 0, which printed as "1" and
        // came back as the integer 1
        String json = BadDocumentsTest.plus("\"z\":1e000000000,\"w\":-25E0");
        Article a = adapter.hardened().read(json, Article.class);
        assertThat(a.extensions().asMap().get("z")).isEqualTo(new BigDecimal("1e0"));
        String written = adapter.hardened().write(a);
        assertThat(written).contains("\"z\":1E+0,\"w\":-25E+0");
        Article back = adapter.hardened().read(written, Article.class);
        assertThat(back).isEqualTo(a);
        assertThat(back.extensions().asMap().get("w")).isInstanceOf(BigDecimal.class).isEqualTo(new BigDecimal("-25"));
        assertThat(adapter.hardened().write(back)).isEqualTo(written);
    }
}
