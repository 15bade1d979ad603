package dev.cuecards.language;

import java.util.Map;
import java.util.function.Function;

/**
 * A memory of values worked out from keys that come back often (a word, a run of characters, a shown text), shared
 * by the threads that hold the map and forgotten all at once when it grows past its bound: no entry is worth the
 * bookkeeping of a least-recently-used order, and the commonest keys are back within a few uses.
 */
public final class Remembered {

    private Remembered() {
    }

    /** The value remembered for the key, or the one made for it now and remembered, the map cleared first when full. */
    public static <K, V> V get(Map<K, V> memory, K key, int most, Function<K, V> make) {
        V value = memory.get(key);
        if (value == null) {
            value = make.apply(key);
            if (memory.size() > most) {
                memory.clear();
            }
            memory.put(key, value);
        }
        return value;
    }
}
