package deriv.fmt;

import deriv.syntax.Span;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** A syntax tree with every position erased, so that two trees compare by meaning alone. */
final class SpanFree {
  private SpanFree() {}

  static Object of(Object node) {
    if (node instanceof Span) {
      return Span.NONE;
    }
    if (node instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(x -> out.add(of(x)));
      return out;
    }
    if (node == null || !node.getClass().isRecord()) {
      return node;
    }
    try {
      RecordComponent[] parts = node.getClass().getRecordComponents();
      Object[] values = new Object[parts.length];
      Class<?>[] types = new Class<?>[parts.length];
      for (int i = 0; i < parts.length; i++) {
        values[i] = of(parts[i].getAccessor().invoke(node));
        types[i] = parts[i].getType();
      }
      var ctor = node.getClass().getDeclaredConstructor(types);
      ctor.setAccessible(true);
      return ctor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
