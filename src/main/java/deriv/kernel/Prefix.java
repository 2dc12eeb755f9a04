package deriv.kernel;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * An immutable sequence that is a prefix of an append-only log shared with the sequences it was built from and
 * into. Appending to the newest prefix appends to the log in place (no copy), so a context built declaration by
 * declaration costs time linear in the number of declarations instead of quadratic (issue 16: 20,000 declarations
 * copied the whole context each time). Appending to an older prefix (a branch) copies it. Elements may carry a key
 * (a variable, a definition's name) for constant-time lookup of the last element with that key within the prefix.
 */
final class Prefix<K, V> {
  private final Log<K, V> log;
  private final int size;

  private Prefix(Log<K, V> log, int size) {
    this.log = log;
    this.size = size;
  }

  /** An empty sequence; {@code key} gives an element's key, or is null for a sequence without lookup. */
  static <K, V> Prefix<K, V> empty(Function<V, K> key) {
    return new Prefix<>(new Log<>(key), 0);
  }

  /** This sequence and {@code v} after it. */
  Prefix<K, V> plus(V v) {
    synchronized (log) {
      if (log.length == size) {
        log.append(v);
        return new Prefix<>(log, size + 1);
      }
    }
    Log<K, V> copy = new Log<>(log.key);
    for (int i = 0; i < size; i++) {
      copy.append(get(i));
    }
    copy.append(v);
    return new Prefix<>(copy, size + 1);
  }

  int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  V get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    return (V) log.items[i];
  }

  /** The last element within this prefix whose key is {@code k}, or null. */
  V last(K k) {
    int[] at = k == null ? null : log.index.get(k);
    if (at != null) {
      for (int j = at.length - 1; j >= 0; j--) {
        if (at[j] < size) {
          return get(at[j]);
        }
      }
    }
    return null;
  }

  /** An unmodifiable list view. */
  List<V> list() {
    return new AbstractList<>() {
      @Override
      public V get(int i) {
        return Prefix.this.get(i);
      }

      @Override
      public int size() {
        return size;
      }

      @Override
      @SuppressWarnings("unchecked")
      public boolean contains(Object o) {
        if (log.key == null) {
          return super.contains(o);
        }
        V last = last(log.key.apply((V) o));
        return last != null && last.equals(o);
      }
    };
  }

  /**
   * An unmodifiable map view from key to the last element with that key, in the order keys first appeared (as a
   * {@link LinkedHashMap} filled in order would have them). Lookups are constant time; iteration builds the map once.
   */
  Map<K, V> map() {
    return new AbstractMap<>() {
      private volatile Map<K, V> all;

      @Override
      public V get(Object k) {
        @SuppressWarnings("unchecked")
        K key = (K) k;
        return last(key);
      }

      @Override
      public boolean containsKey(Object k) {
        return get(k) != null;
      }

      @Override
      public boolean isEmpty() {
        return size == 0;
      }

      @Override
      public Set<Entry<K, V>> entrySet() {
        Map<K, V> m = all;
        if (m == null) {
          m = new LinkedHashMap<>();
          for (int i = 0; i < size; i++) {
            V v = Prefix.this.get(i);
            m.put(log.key.apply(v), v);
          }
          all = m = Collections.unmodifiableMap(m);
        }
        return m.entrySet();
      }
    };
  }

  /**
   * The shared log. Appends happen under its lock; the array is republished through a volatile write after each,
   * so a reader holding a prefix sees every element of it.
   */
  private static final class Log<K, V> {
    final Function<V, K> key;
    final Map<K, int[]> index = new ConcurrentHashMap<>();
    volatile Object[] items = new Object[8];
    int length;

    Log(Function<V, K> key) {
      this.key = key;
    }

    void append(V v) {
      Object[] a = items;
      if (length == a.length) {
        a = Arrays.copyOf(a, length * 2);
      }
      a[length] = v;
      if (key != null) {
        int at = length;
        index.merge(key.apply(v), new int[] {at}, (old, one) -> {
          int[] more = Arrays.copyOf(old, old.length + 1);
          more[old.length] = at;
          return more;
        });
      }
      length++;
      items = a;
    }
  }
}
