package dev.byline.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.wire.Property;
import dev.byline.wire.PropertyTable;
import dev.byline.wire.WireType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each JSON property name is written once, in the wire module's tables; this checks the tables
 * against the model (every attribute of a type is a property, and nothing else is) and against
 * the JSON Schema (the same properties, in the order they are written).
 */
class PropertyTablesTest {

    static Stream<WireType<?>> types() {
        return WireType.ALL.stream();
    }

    private static JsonNode schema() throws IOException {
        try (InputStream in = Jackson2.INSTANCE.schema()) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** The attributes of a model type: the abstract accessors of its {@code Abstract*} definition, and extensions. */
    private static Set<String> attributes(Class<?> type) {
        Class<?> definition = type.getSuperclass();
        assertThat(definition.getSimpleName()).isEqualTo("Abstract" + type.getSimpleName());
        return Arrays.stream(definition.getDeclaredMethods())
                .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
                .map(Method::getName).collect(Collectors.toCollection(HashSet::new));
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyAttributeOfTheModelIsAPropertyAndNothingElse(WireType<?> type) {
        Set<String> names = type.table().properties().stream().map(Property::jsonName)
                .filter(n -> !n.equals("schemaVersion")).collect(Collectors.toSet());
        assertThat(names).as(type.table().typeName()).isEqualTo(attributes(type.type()));
    }

    @ParameterizedTest
    @MethodSource("types")
    void theSchemaListsTheSamePropertiesInTheWrittenOrder(WireType<?> type) throws IOException {
        String typeName = type.table().typeName();
        String definition = typeName.substring(0, 1).toLowerCase(Locale.ROOT) + typeName.substring(1);
        JsonNode properties = schema().get("$defs").get(definition).get("properties");
        List<String> inSchema = new ArrayList<>();
        properties.fieldNames().forEachRemaining(inSchema::add);
        assertThat(inSchema).isEqualTo(type.table().knownNames());
    }

    @Test
    void everyPropertyBelongsToATableAndEveryTypeHasOne() {
        Set<Property> used = PropertyTable.ALL.stream().flatMap(t -> t.properties().stream()).collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrder(Property.values());
        assertThat(WireType.ALL).extracting(WireType::table).containsExactlyElementsOf(PropertyTable.ALL);
    }

    @Test
    void lookupsFindKnownNamesOnlyAndAreCaseSensitive() {
        assertThat(PropertyTable.ARTICLE.find("canonicalUrl")).isEqualTo(Property.CANONICAL_URL);
        assertThat(PropertyTable.ARTICLE.find("canonicalurl")).isNull();
        assertThat(PropertyTable.IMAGE_TABLE.find("title")).isNull();
        assertThat(PropertyTable.TRANSLATION.find("title")).isEqualTo(Property.TITLE);
    }
}
