package deriv.resolve;

import deriv.kernel.Context;
import deriv.kernel.Term;
import deriv.kernel.Var;
import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import deriv.syntax.Span;
import java.util.List;
import java.util.Map;

/** A derivation with every name resolved: what the checker turns into obligations, in source order. */
public record Resolved(Ast.Derivation ast, List<Item> items, List<Diagnostic> diagnostics) {
  public Resolved {
    items = List.copyOf(items);
    diagnostics = List.copyOf(diagnostics);
  }

  /** One thing to check or record, with the context (declarations so far) it is checked in. */
  public sealed interface Item permits Assumption, ClaimItem, GoalItem, ImportItem {
    Span span();

    Context context();
  }

  public enum AssumptionKind {
    DEFINITION("definition"), POSTULATE("postulate"), APPROXIMATION("approximation");

    public final String label;

    AssumptionKind(String label) {
      this.label = label;
    }
  }

  /** A definition, postulate or approximation: accepted without proof as {@code lhs = rhs}. */
  public record Assumption(AssumptionKind kind, String name, Term lhs, Term rhs, List<Var> params, Context context,
      Ast.Statement source, Span span) implements Item {}

  /** A claim: a chain of links, or one equation derived from earlier facts. */
  public record ClaimItem(String name, Term first, List<Link> links, Derived derived, Context context,
      Ast.Claim source, Span span) implements Item {
    public ClaimItem {
      links = List.copyOf(links);
    }

    /** The equation this claim establishes once all its steps hold: first = last. */
    public Term last() {
      return derived != null ? derived.rhs() : links.get(links.size() - 1).rhs();
    }
  }

  /** {@code lhs = rhs by rule}: one transition of a chain. */
  public record Link(int index, Term lhs, Term rhs, RuleCall rule, Ast.Link source, Span span) {}

  /** {@code lhs = rhs from facts by rule}. */
  public record Derived(Term lhs, Term rhs, List<FactUse> premises, RuleCall rule, Span span) {
    public Derived {
      premises = List.copyOf(premises);
    }
  }

  /** A rule named with {@code by}; {@code name} is null when none was named. */
  public record RuleCall(String name, List<Term> args, Span span) {
    public RuleCall {
      args = List.copyOf(args);
    }
  }

  /** A reference to an earlier fact, with values for some of its variables. */
  public record FactUse(String name, Map<Var, Term> bindings, Span span) {
    public FactUse {
      // in the order written, which an instance's name shows: Map.copyOf's order changes from run to run
      bindings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bindings));
    }
  }

  /** {@code import a, b from "file.deriv"}: results proved in another file, usable from here on. */
  public record ImportItem(List<String> names, String from, Context context, Ast.Import source, Span span)
      implements Item {
    public ImportItem {
      names = List.copyOf(names);
    }
  }

  public record GoalItem(Term lhs, Term rhs, Context context, Ast.Goal source, Span span) implements Item {}
}
