package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensionsTest {

    @Test
    void keepsJsonLikeValuesExactlyAndInOrder() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("rating", new BigDecimal("1.50"));
        in.put("views", new BigInteger("123456789012345678901234567890"));
        in.put("flag", true);
        in.put("nothing", null);
        in.put("nested", Map.of("k", List.of("a", "b")));
        in.put("text", "Cafe\u0301"); // kept as given, not normalized
        Extensions e = Extensions.of(in);
        assertThat(e.asMap()).containsExactlyEntriesOf(in);
        assertThat(e.asMap().keySet()).containsExactly("rating", "views", "flag", "nothing", "nested", "text");
        assertThat(e.asMap().get("rating")).isEqualTo(new BigDecimal("1.50")).isNotEqualTo(new BigDecimal("1.5"));
        assertThat(e.asMap().get("text")).isEqualTo("Cafe\u0301");
    }

    @Test
    void convertsJavaNumbersToTheJsonNumberTypes() {
        Extensions e = Extensions.of(Map.of("i", 3, "l", 4L, "d", 1.25d, "f", 0.5f));
        assertThat(e.asMap()).containsEntry("i", BigInteger.valueOf(3)).containsEntry("l", BigInteger.valueOf(4))
                .containsEntry("d", new BigDecimal("1.25")).containsEntry("f", new BigDecimal("0.5"));
    }

    @Test
    void isDeeplyImmutableAndCopiesItsInput() {
        List<Object> list = new ArrayList<>(List.of("a"));
        Map<String, Object> inner = new HashMap<>(Map.of("list", list));
        Extensions e = Extensions.of(Map.of("inner", inner));
        list.add("b");
        inner.put("x", "y");
        @SuppressWarnings("unchecked")
        Map<String, Object> copied = (Map<String, Object>) e.asMap().get("inner");
        assertThat(copied).containsOnlyKeys("list");
        assertThat(copied.get("list")).isEqualTo(List.of("a"));
        assertThatThrownBy(() -> copied.put("z", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) copied.get("list")).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> e.asMap().put("z", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withAndWithoutReturnNewInstances() {
        Extensions e = Extensions.empty().with("a", 1).with("b", null);
        assertThat(e.asMap()).containsEntry("a", BigInteger.ONE).containsEntry("b", null);
        assertThat(e.without("a").asMap()).containsOnlyKeys("b");
        assertThat(e.without("missing")).isSameAs(e);
        assertThat(e.without("a").without("b")).isSameAs(Extensions.empty());
        assertThat(Extensions.of(Map.of())).isSameAs(Extensions.empty());
        assertThat(e.toString()).isEqualTo("Extensions{a=1, b=null}");
    }

    @Test
    void rejectsValuesThatAreNotJsonLike() {
        assertThatThrownBy(() -> Extensions.of(Map.of("when", java.time.Instant.EPOCH)))
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessage("extensions.when: must be a JSON-like value (String, Boolean, BigDecimal, BigInteger, List, Map or null), not java.time.Instant");
        assertThatThrownBy(() -> Extensions.of(Map.of("a", List.of(1, Double.NaN))))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("extensions.a[1]: must be a finite number");
        assertThatThrownBy(() -> Extensions.of(Map.of("a", Map.of(1, "x"))))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("extensions.a: must have string keys");
        assertThatThrownBy(() -> Extensions.of(Map.of("a", "\uD800")))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("extensions.a: must not contain unpaired surrogates");
        assertThatThrownBy(() -> Extensions.of(Map.of("\uDC00", "x")))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageStartingWith("extensions.\\uDC00: must not contain unpaired surrogates");
    }

    @Test
    void enforcesDepthLimitEvenForCyclicInput() {
        Object deep = "leaf";
        for (int i = 0; i < Limits.MAX_EXTENSION_DEPTH - 1; i++) {
            deep = List.of(deep);
        }
        assertThat(Extensions.of(Map.of("d", deep)).isEmpty()).isFalse(); // depth 32: map + 31 lists
        Object tooDeep = List.of(deep);
        assertThatThrownBy(() -> Extensions.of(Map.of("d", tooDeep)))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageContaining("must not nest deeper than 32");
        List<Object> cyclic = new ArrayList<>();
        cyclic.add(cyclic);
        assertThatThrownBy(() -> Extensions.of(Map.of("c", cyclic)))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageContaining("must not nest deeper than 32");
    }

    @Test
    void enforcesDepthLimitForNestedObjects() {
        Map<String, Object> deep = Map.of("leaf", 1);
        for (int i = 0; i < Limits.MAX_EXTENSION_DEPTH - 1; i++) {
            deep = Map.of("o", deep);
        }
        assertThat(Extensions.of(deep).isEmpty()).isFalse(); // depth 32: 32 maps
        Map<String, Object> tooDeep = Map.of("o", deep);
        assertThatThrownBy(() -> Extensions.of(tooDeep))
                .isExactlyInstanceOf(InvalidArticleException.class).hasMessageContaining("must not nest deeper than 32");
    }

    @Test
    void enforcesTheValueCountLimit() {
        Object[] many = new Object[Limits.MAX_EXTENSION_VALUES];
        Arrays.fill(many, Boolean.TRUE);
        assertThatThrownBy(() -> Extensions.of(Map.of("many", Arrays.asList(many))))
                .isExactlyInstanceOf(InvalidArticleException.class)
                .hasMessage("extensions: must hold at most 100000 values");
        Object[] fits = Arrays.copyOf(many, Limits.MAX_EXTENSION_VALUES - 1);
        assertThat(Extensions.of(Map.of("many", Arrays.asList(fits))).isEmpty()).isFalse();
    }
}
