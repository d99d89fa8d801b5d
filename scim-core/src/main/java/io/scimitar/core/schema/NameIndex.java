package io.scimitar.core.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Values found by a name compared case-insensitively (attribute names and schema URNs are, per
 * RFC 7643 §2.1). Most lookups come with the name spelled exactly as defined (canonical trees,
 * the library's own paths), so the exact spelling is tried first and the lower-cased key only
 * when that misses: no lower-casing, and no allocation, on the common path. Immutable.
 *
 * @param <V> the values
 */
final class NameIndex<V> {
  private final Map<String, V> byName;
  private final Map<String, V> byKey;

  /**
   * @param values the values, in any order
   * @param nameOf the name of a value
   * @param onDuplicate called with a value whose name (ignoring case) repeats an earlier one's;
   *     unless it throws, the earlier value keeps the name
   */
  NameIndex(List<V> values, Function<V, String> nameOf, Consumer<V> onDuplicate) {
    Map<String, V> names = new HashMap<>();
    Map<String, V> keys = new HashMap<>();
    for (V value : values) {
      String name = nameOf.apply(value);
      if (keys.putIfAbsent(key(name), value) != null) {
        onDuplicate.accept(value);
        continue;
      }
      names.put(name, value);
    }
    this.byName = Map.copyOf(names);
    this.byKey = Map.copyOf(keys);
  }

  /** The value with this name in any case, or null. */
  V get(String name) {
    V exact = byName.get(name);
    return exact != null ? exact : byKey.get(key(name));
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
