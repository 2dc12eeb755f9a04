package deriv.cache;

import deriv.check.Checker;
import deriv.check.Decider;
import deriv.check.FileResult;
import deriv.check.Obligation;
import deriv.check.Options;
import deriv.check.SourceLoader;
import deriv.kernel.Context;
import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The name of an obligation in the verdict cache: SHA-256 of a complete, unambiguous description of everything the
 * verdict depends on: every component of the obligation (terms, facts, rule, arguments, time limit), the whole
 * context (declarations, conditions, families, definitions), and the build of deriv and Symja that decides it.
 *
 * <p>Records are described component by component through reflection, so new kinds of terms are covered without
 * change here; variables by id, name and sort (not by {@code toString}, which prints only the name). Strings are
 * length-prefixed. A value of any other type makes the obligation uncacheable rather than risk two different
 * obligations sharing a name.
 */
public final class ObligationKey {
  private ObligationKey() {}

  /** The key, or null if the obligation holds something this description does not cover. */
  static String of(Obligation o, String build) {
    String d = describe(o);
    if (d == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    describe(build, out);
    out.append(d);
    return HexFormat.of().formatHex(sha256(out.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Everything the obligation's verdict depends on, as text: two obligations with the same description get the same
   * verdict from the same build. Null if the obligation holds something this description does not cover.
   */
  public static String describe(Obligation o) {
    StringBuilder out = new StringBuilder();
    try {
      describe(o, out);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return out.toString();
  }

  /** Any value's description, as inside an obligation's (tests compare contexts with it). */
  static String describeValue(Object v) {
    StringBuilder out = new StringBuilder();
    describe(v, out);
    return out.toString();
  }

  static byte[] sha256(byte[] bytes) {
    return deriv.check.Sha256.of(bytes);
  }

  private static void describe(Object v, StringBuilder out) {
    if (v == null) {
      out.append('~');
    } else if (v instanceof String s) {
      out.append('"').append(s.length()).append(':').append(s);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean || v instanceof BigInteger) {
      out.append(v.getClass().getSimpleName()).append(':').append(v).append(';');
    } else if (v instanceof Enum<?> e) {
      out.append(e.getDeclaringClass().getName()).append('.').append(e.name()).append(';');
    } else if (v instanceof deriv.kernel.Limits l) {
      out.append("work:").append(l.work()).append(';'); // the wall-clock net: its stops are never stored
    } else if (v instanceof List<?> l) {
      out.append('[').append(l.size()).append(':');
      l.forEach(x -> describe(x, out));
      out.append(']');
    } else if (v instanceof Map<?, ?> m) {
      out.append('{').append(m.size()).append(':');
      m.forEach((k, x) -> {
        describe(k, out);
        describe(x, out);
      });
      out.append('}');
    } else if (v instanceof Context c) {
      out.append(CONTEXTS.computeIfAbsent(c, x -> {
        StringBuilder d = new StringBuilder("(Context ");
        describe(x.parts(), d);
        return d.append(')').toString();
      }));
    } else if (v.getClass().isRecord()) {
      record(v, out);
    } else {
      throw new IllegalArgumentException("no canonical description for " + v.getClass().getName());
    }
  }

  private static void record(Object v, StringBuilder out) {
    out.append('(').append(v.getClass().getName());
    for (java.lang.reflect.Method accessor : ACCESSORS.get(v.getClass())) {
      try {
        describe(accessor.invoke(v), out);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalArgumentException("cannot read " + accessor.getName(), e);
      }
    }
    out.append(')');
  }

  /**
   * Each context's description, made once: the obligations of a derivation share their contexts, and a context's
   * description (every declaration, condition and definition before the step) is most of each obligation's. A
   * context is immutable and compared by identity, so a description once made stays right; weak, so that contexts
   * no longer used go.
   */
  private static final java.util.Map<Context, String> CONTEXTS =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /**
   * Each record class's component accessors, in declaration order, looked up once: getRecordComponents parses the
   * class's Record attribute anew at every call, and an obligation holds thousands of records (every term).
   */
  private static final ClassValue<java.lang.reflect.Method[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected java.lang.reflect.Method[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      java.lang.reflect.Method[] out = new java.lang.reflect.Method[components.length];
      for (int k = 0; k < components.length; k++) {
        out[k] = components[k].getAccessor();
        out[k].setAccessible(true);
      }
      return out;
    }
  };
}
