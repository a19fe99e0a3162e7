package org.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.byline.Article;
import dev.byline.Author;
import dev.byline.Body;
import dev.byline.BodyFormat;
import dev.byline.Extensions;
import dev.byline.Slug;
import dev.byline.Status;
import dev.byline.jackson.BylineJson;
import dev.byline.jackson.BylineJsonVersion;
import dev.byline.jackson.BylineModule;
import dev.byline.jackson.JsonLd;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Compiled outside the module's package: what a user can reach, used the way the README shows. */
class PublicApiTest {

    private static Article draft() {
        return Article.builder().id("x-1").locale(Locale.FRENCH).title("Bonjour").slug(Slug.of("bonjour"))
                .body(Body.of(BodyFormat.TEXT, "Salut.")).status(Status.DRAFT)
                .extensions(Extensions.empty().with("rating", new BigDecimal("1.50"))).build();
    }

    @Test
    void explicitRegistrationRoundTrips() throws IOException {
        ObjectMapper mapper = JsonMapper.builder().addModule(new BylineModule()).build();
        String json = mapper.writeValueAsString(draft());
        assertThat(json).contains("\"rating\":1.50");
        assertThat(mapper.readValue(json, Article.class)).isEqualTo(draft());
    }

    @Test
    void hardenedReaderReportsPathAndRule() {
        assertThatThrownBy(() -> BylineJson.reader().readValue("{\"schemaVersion\":1,\"id\":\"x\",\"locale\":\"fr\","
                + "\"title\":\"T\",\"slug\":\"t\",\"body\":{\"format\":\"text\",\"content\":\"\"},\"status\":\"gone\"}"))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageStartingWith("$.status: must be one of draft, scheduled, published, withdrawn");
    }

    @Test
    void jsonLdAndSchemaAreReachable() throws IOException {
        assertThat(JsonLd.write(Article.builder().from(draft()).status(Status.PUBLISHED)
                        .published(java.time.OffsetDateTime.parse("2026-01-05T10:00:00Z"))
                        .body(Body.of(BodyFormat.TEXT, "Text."))
                        .addAuthor(Author.builder().id("a").name("A").build()).build()))
                .startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"");
        try (InputStream in = BylineJsonVersion.class.getResourceAsStream(BylineJsonVersion.SCHEMA_RESOURCE)) {
            assertThat(in).isNotNull();
        }
        assertThat(BylineJsonVersion.SCHEMA_VERSION).isEqualTo(1);
    }
}
