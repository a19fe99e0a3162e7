package dev.byline;

import java.net.URI;
import java.util.Locale;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * equals/hashCode contracts. Generated types never hold null fields (the builders refuse
 * null), so the null-field warning is suppressed for them.
 */
class EqualsContractTest {

    @ParameterizedTest
    @ValueSource(classes = {Article.class, Author.class, Translation.class, RelatedPost.class, Image.class,
        LanguageSkill.class, Body.class})
    void generatedValueTypes(Class<?> type) {
        EqualsVerifier.forClass(type)
                .suppress(Warning.NULL_FIELDS)
                .withPrefabValues(Slug.class, Slug.of("a"), Slug.of("b"))
                .withPrefabValues(Extensions.class, Extensions.empty(), Extensions.of(java.util.Map.of("k", "v")))
                .withPrefabValues(URI.class, URI.create("https://example.org/a"), URI.create("https://example.org/b"))
                .withPrefabValues(Locale.class, Locale.ENGLISH, Locale.GERMAN)
                .verify();
    }

    @Test
    void slug() {
        EqualsVerifier.forClass(Slug.class).suppress(Warning.NULL_FIELDS).verify();
    }

    @Test
    void extensions() {
        EqualsVerifier.forClass(Extensions.class).suppress(Warning.NULL_FIELDS).verify();
    }
}
