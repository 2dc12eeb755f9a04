package deriv.check;

import deriv.kernel.Fact;
import deriv.kernel.Kernel;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import deriv.resolve.Resolved;
import deriv.resolve.Resolver;
import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import deriv.syntax.Parsing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks a file's derivations in order and asks the kernel for a verdict on every step. Untrusted: it only decides
 * what to ask; the verdicts come from {@link Kernel}.
 */
public final class Checker {
  private final Options options;
  private final Decider decider;

  public Checker(Options options) {
    this(options, Decider.KERNEL);
  }

  public Checker(Options options, Decider decider) {
    this.options = options;
    this.decider = decider;
  }

  /** A parsed and resolved file: its derivations, or the diagnostics that keep it from being checked. */
  public record Prepared(String path, Ast.SourceFile file, List<Resolved> derivations, List<Diagnostic> errors) {}

  public FileResult checkText(String path, String text) {
    return check(prepare(path, text));
  }

  /** Parsing and name resolution only: no kernel work, so no Symja. */
  public static Prepared prepare(String path, String text) {
    Parsing.Result parsed = Parsing.parse(path, text);
    if (parsed.hasErrors()) {
      return new Prepared(path, parsed.file(), List.of(), parsed.diagnostics());
    }
    List<Resolved> resolved = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Ast.Derivation d : parsed.file().derivations()) {
      Resolved r = Resolver.resolve(d);
      resolved.add(r);
      diagnostics.addAll(r.diagnostics());
    }
    diagnostics.addAll(RuleNames.check(resolved));
    return new Prepared(path, parsed.file(), diagnostics.isEmpty() ? resolved : List.of(), diagnostics);
  }

  /** Every step of a prepared file, each verdict asked of this checker's decider, in source order. */
  public FileResult check(Prepared p) {
    if (!p.errors().isEmpty()) {
      return new FileResult(p.path(), p.file(), List.of(), p.errors());
    }
    List<DerivationResult> results = new ArrayList<>();
    for (Resolved r : p.derivations()) {
      results.add(check(r));
    }
    return new FileResult(p.path(), p.file(), results, List.of());
  }

  private DerivationResult check(Resolved r) {
    List<StepResult> steps = new ArrayList<>();
    Map<String, Fact> facts = new LinkedHashMap<>();
    Fact last = null;
    GoalResult goal = null;
    for (Resolved.Item item : r.items()) {
      if (item instanceof Resolved.Assumption a) {
        steps.add(new StepResult(a.name(), kindOf(a.kind()), a.span(),
            Verdict.assumed(a.kind().label, a.kind().label + ", accepted without proof"), a.source(), null));
        if (a.kind() != Resolved.AssumptionKind.DEFINITION) {
          facts.put(a.name(), new Fact(a.name(), a.lhs(), a.rhs(), true));
        }
      } else if (item instanceof Resolved.ClaimItem c) {
        boolean established = checkClaim(c, facts, steps);
        last = new Fact(c.name(), c.first(), c.last(), established);
        facts.put(c.name(), last);
      } else if (item instanceof Resolved.GoalItem g) {
        goal = goal(g, last);
      }
    }
    return new DerivationResult(r.ast(), steps, goal);
  }

  private boolean checkClaim(Resolved.ClaimItem c, Map<String, Fact> facts, List<StepResult> steps) {
    boolean established = true;
    if (c.derived() != null) {
      Resolved.Derived d = c.derived();
      List<Fact> premises = new ArrayList<>();
      String missing = null;
      for (Resolved.FactUse use : d.premises()) {
        Fact f = facts.get(use.name());
        if (f == null || !f.established()) {
          missing = use.name();
          break;
        }
        premises.add(Kernel.instantiate(f, use.bindings(), c.context()));
      }
      Verdict v = missing != null
          ? Verdict.of(Status.UNKNOWN, ruleName(d.rule()), "uses '" + missing + "', which is not established",
              null, Map.of(), List.of())
          : decider.decide(new Obligation.Derived(d.lhs(), d.rhs(), d.rule().name(), d.rule().args(), premises,
              c.context(), options.timeout()));
      steps.add(new StepResult(c.name(), StepResult.Kind.DERIVED, c.span(), v, c.source(), null));
      return options.acceptable(v.status());
    }
    List<Fact> available = List.copyOf(facts.values());
    for (Resolved.Link link : c.links()) {
      Verdict v = decider.decide(new Obligation.Link(link.lhs(), link.rhs(), link.rule().name(),
          link.rule().args(), available, c.context(), options.timeout()));
      String name = c.links().size() == 1 ? c.name() : c.name() + "." + (link.index() + 1);
      steps.add(new StepResult(name, StepResult.Kind.LINK, link.span(), v, c.source(), link.source()));
      established &= options.acceptable(v.status());
    }
    return established;
  }

  private GoalResult goal(Resolved.GoalItem g, Fact last) {
    if (last == null) {
      return new GoalResult(g.source(), false, Verdict.of(Status.FAILED, "goal",
          "no claim before the goal establishes anything", null, Map.of(), List.of()));
    }
    if (!last.established()) {
      return new GoalResult(g.source(), false, Verdict.of(Status.UNKNOWN, "goal",
          "the last claim '" + last.name() + "' is not established", null, Map.of(), List.of()));
    }
    Verdict v = decider.decide(new Obligation.Goal(g.lhs(), g.rhs(), last, g.context(), options.timeout()));
    return new GoalResult(g.source(), v.isProved(), v);
  }

  private static StepResult.Kind kindOf(Resolved.AssumptionKind k) {
    switch (k) {
      case DEFINITION: return StepResult.Kind.DEFINITION;
      case POSTULATE: return StepResult.Kind.POSTULATE;
      default: return StepResult.Kind.APPROXIMATION;
    }
  }

  private static String ruleName(Resolved.RuleCall r) {
    return r.name() == null ? "auto" : r.name();
  }

}
