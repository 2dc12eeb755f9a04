package deriv.units;

import deriv.syntax.Ast;
import java.util.List;

/**
 * What the dimension check knows of a name. {@code dimension} is null when the name was declared without a unit
 * (an error as soon as it is used in a file with units). For a function it is the dimension of its value and
 * {@code arguments} those of its arguments; for a family it is a member's, and {@code family} its declaration.
 */
record Symbol(String name, Dimension dimension, boolean vector, List<Symbol> arguments, Ast.DeclName family) {
  static Symbol value(String name, Dimension dimension, boolean vector) {
    return new Symbol(name, dimension, vector, null, null);
  }

  boolean isFunction() {
    return arguments != null;
  }

  boolean hasUnit() {
    return dimension != null && (arguments == null || arguments.stream().allMatch(Symbol::hasUnit));
  }
}
