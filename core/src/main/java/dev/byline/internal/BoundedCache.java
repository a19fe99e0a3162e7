package dev.byline.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A thread-safe memo for values that are expensive to build (ICU objects per locale). Once it
 * holds {@code capacity} entries it stops remembering new keys and just computes them, so a
 * stream of distinct keys from untrusted input cannot grow it without bound. Not API.
 *
 * @param <K> the key type
 * @param <V> the value type; values must be safe to share between threads
 */
public final class BoundedCache<K, V> {

    private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<K, V> factory;

    /**
     * Creates a cache.
     *
     * @param capacity the most entries kept
     * @param factory builds the value for a key; must not return null
     */
    public BoundedCache(int capacity, Function<K, V> factory) {
        this.capacity = capacity;
        this.factory = factory;
    }

    /**
     * Returns the value for a key, building it when it is not remembered.
     *
     * @param key the key
     * @return the value
     */
    public V get(K key) {
        V v = map.get(key);
        if (v != null) {
            return v;
        }
        if (map.size() >= capacity) {
            return factory.apply(key);
        }
        return map.computeIfAbsent(key, factory);
    }
}
