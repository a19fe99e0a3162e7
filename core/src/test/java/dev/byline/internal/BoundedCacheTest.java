package dev.byline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The memo that stops growing at its capacity. */
class BoundedCacheTest {

    private final List<String> built = new ArrayList<>();
    private final BoundedCache<String, String> cache = new BoundedCache<>(2, key -> {
        built.add(key);
        return key.toUpperCase(Locale.ROOT);
    });

    @Test
    void remembersValuesUpToItsCapacity() {
        assertThat(cache.get("a")).isEqualTo("A");
        assertThat(cache.get("b")).isEqualTo("B");
        assertThat(cache.get("a")).isEqualTo("A");
        assertThat(cache.get("b")).isEqualTo("B");
        assertThat(built).containsExactly("a", "b");
    }

    @Test
    void onceFullItBuildsNewKeysEveryTimeAndKeepsTheOldOnes() {
        cache.get("a");
        cache.get("b");
        assertThat(cache.get("c")).isEqualTo("C");
        assertThat(cache.get("c")).isEqualTo("C");
        assertThat(cache.get("a")).isEqualTo("A");
        assertThat(built).containsExactly("a", "b", "c", "c");
    }
}
