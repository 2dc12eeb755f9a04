package deriv.resolve;

import java.util.Map;
import java.util.Set;

/** The names the language gives a meaning to. A file cannot declare them, and cannot call anything else undeclared. */
public final class Builtins {
  private Builtins() {}

  /** Functions of one scalar argument, by every spelling a file may use. */
  public static final Map<String, String> UNARY = Map.ofEntries(
      Map.entry("exp", "exp"), Map.entry("ln", "log"), Map.entry("log", "log"), Map.entry("sqrt", "sqrt"),
      Map.entry("√", "sqrt"), Map.entry("abs", "abs"), Map.entry("sin", "sin"), Map.entry("cos", "cos"),
      Map.entry("tan", "tan"), Map.entry("sinh", "sinh"), Map.entry("cosh", "cosh"), Map.entry("tanh", "tanh"),
      Map.entry("coth", "coth"), Map.entry("delta", "delta"), Map.entry("δ", "delta"),
      Map.entry("factorial", "factorial"), Map.entry(deriv.syntax.Ast.POSTFIX_FACTORIAL, "factorial"));

  public static final Set<String> BINDERS = Set.of("sum", "Σ", "prod", "Π", "int", "∫");

  public static final Set<String> CONSTANTS = Set.of("pi", "π");

  public static boolean isReserved(String name) {
    return UNARY.containsKey(name) || BINDERS.contains(name) || CONSTANTS.contains(name) || name.equals("diff");
  }
}
