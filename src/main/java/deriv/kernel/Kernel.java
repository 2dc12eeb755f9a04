package deriv.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The kernel's front door: every verdict the rest of deriv reports comes from one of these calls. */
public final class Kernel {
  private Kernel() {}

  /** Names usable after {@code by} in a chain (besides earlier facts). */
  public static List<String> linkRules() {
    List<String> names = new ArrayList<>(List.of("algebra", "def"));
    RuleBook.rewriteRules().forEach(r -> names.add(r.name()));
    RuleBook.namedOnlyRules().forEach(r -> names.add(r.name()));
    names.add(deriv.kernel.rules.Induction.NAME);
    names.addAll(deriv.kernel.rules.Rules.intervalRuleNames());
    deriv.kernel.rules.Rules.approximationRules().forEach(r -> names.add(r.name()));
    return names;
  }

  /**
   * Whether {@code rule} is a built-in approximation (Stirling's): a link it justifies holds only approximately and
   * rests on it, as on an {@code approx} statement.
   */
  public static boolean isApproximation(String rule) {
    return rule != null && RuleBook.approximationRule(rule) != null;
  }

  /**
   * Conditions of the context that contradict each other once names are given their values ("x = -1 but x > 0"),
   * or null when none is seen ({@link Contradictions}): under them every claim would be vacuously true.
   */
  public static String contradiction(Context ctx) {
    return Contradictions.find(ctx);
  }

  /** UNKNOWN when the context's conditions contradict each other: nothing is decided under them. */
  private static Verdict underContradiction(String rule, Context ctx) {
    String c = Contradictions.find(ctx);
    return c == null ? null : Verdict.of(Status.UNKNOWN, rule, "not checked: the conditions contradict each other ("
        + c + ")", null, Map.of(), List.of("conditions contradict: " + c));
  }

  /**
   * A proof stands only where some point satisfies all the conditions it was proved under ({@link
   * Algebra#witnessed}): otherwise they may contradict each other, and the proof would be vacuous.
   */
  private static Verdict witnessed(Verdict v, Context ctx, Limits limits) {
    if (!v.isProved() || consistent(ctx, limits)) {
      return v;
    }
    return Verdict.of(Status.UNKNOWN, v.rule(), "not proved: no point satisfying all the declared conditions was "
        + "found, so they may contradict each other (under contradictory conditions every claim is vacuously true)",
        null, Map.of(), v.withTrace(List.of("consistency: no point satisfies all the conditions")).trace());
  }

  /** Whether a context's conditions were witnessed, by their text and the budget: the same answer for every step. */
  private static final java.util.Map<String, Boolean> WITNESSED = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Whether the context's conditions have a witness. Searched once per set of conditions, under a budget of its own
   * (so a step's verdict does not depend on which step asked first), and remembered.
   */
  private static boolean consistent(Context ctx, Limits limits) {
    if (ctx.conditions().isEmpty()) {
      return true;
    }
    String key = limits.work() + "|" + Algebra.conditionsKey(ctx);
    Boolean known = WITNESSED.get(key);
    if (known == null) {
      known = Prover.run("consistency", limits, p -> Algebra.witnessed(ctx, p)
          ? Verdict.proved("consistency", "a point satisfies every condition", List.of())
          : Verdict.of(Status.UNKNOWN, "consistency", "no witness", null, Map.of(), List.of())).isProved();
      WITNESSED.put(key, known);
    }
    return known;
  }

  /** Names usable after {@code from … by}. */
  public static List<String> derivationRules() {
    return RuleBook.equationRules().stream().map(EquationRule::name).toList();
  }

  /** One rule's theorem, for documentation and explanations (null if unknown). */
  public static String theorem(String rule) {
    Rule r = java.util.Optional.ofNullable(RuleBook.rewriteRule(rule)).orElse(RuleBook.approximationRule(rule));
    if (r != null) {
      return r.theorem();
    }
    if (rule.equals(deriv.kernel.rules.Induction.NAME)) {
      return deriv.kernel.rules.Induction.THEOREM;
    }
    if (deriv.kernel.rules.Rules.intervalRuleNames().contains(rule)) {
      return deriv.kernel.rules.Rules.intervalTheorem(rule);
    }
    if (rule.equals(LinkCheck.ALL_RULES)) {
      return "the rewrite rules together, at each position the first that applies (each an instance of its theorem)";
    }
    EquationRule e = RuleBook.equationRule(rule);
    return e == null ? null : e.theorem();
  }

  /** {@code a = b}, justified by {@code rule} (null: any rule that works), within the limits. */
  public static Verdict checkLink(Term a, Term b, String rule, List<Term> args, List<Fact> facts, Context ctx,
      Limits limits) {
    return checkLink(a, b, rule, args, facts, false, ctx, limits);
  }

  /**
   * The same; with {@code approximate} the link is written {@code a ≈ b}: it asserts only an approximation, so its
   * sides differing once rewritten by its fact does not make it false.
   */
  public static Verdict checkLink(Term a, Term b, String rule, List<Term> args, List<Fact> facts,
      boolean approximate, Context ctx, Limits limits) {
    Verdict contradicted = underContradiction(rule == null ? "auto" : rule, ctx);
    if (contradicted != null) {
      return contradicted;
    }
    return Prover.run(rule == null ? "auto" : rule, limits,
        p -> witnessed(LinkCheck.check(a, b, rule, args, facts, approximate, ctx, p), ctx, limits));
  }

  /**
   * Loads and sets up the computer algebra now, on the calling thread (about a second of class loading): a caller that
   * knows steps will be decided runs this on a spare thread while it parses. Idempotent; steps wait for it.
   */
  public static void startUp() {
    deriv.kernel.symja.SymjaSetup.init();
  }

  /** {@code lhs = rhs} derived from premises by an equation rule. */
  public static Verdict checkDerived(Term lhs, Term rhs, String rule, List<Term> args, List<Fact> premises,
      Context ctx, Limits limits) {
    return checkDerived(lhs, rhs, rule, args, premises, false, ctx, limits);
  }

  /**
   * The same; with {@code approximate} the claim is written {@code lhs ≈ rhs}: it asserts only an approximation, so
   * points never refute it (not solve's point, not its sides rewritten by its premises).
   */
  public static Verdict checkDerived(Term lhs, Term rhs, String rule, List<Term> args, List<Fact> premises,
      boolean approximate, Context ctx, Limits limits) {
    String name = rule == null ? "instance" : rule;
    EquationRule r = RuleBook.equationRule(name);
    if (r == null) {
      return Verdict.of(Status.UNKNOWN, name, "unknown rule '" + name + "'", null, Map.of(), List.of());
    }
    Verdict contradicted = underContradiction(name, ctx);
    if (contradicted != null) {
      return contradicted;
    }
    return Prover.run(name, limits, p -> {
      Verdict v = defined(r.derive(lhs, rhs, premises, args, ctx, p), lhs, rhs, premises, ctx, p);
      if (v.status() == Status.FAILED && approximate) {
        // solve's point: a claim written ≈ asserts only an approximation, and may differ there by it
        v = Verdict.of(Status.UNKNOWN, v.rule(), "not shown, and not refuted: the claim is written ≈, so its sides "
            + "may differ by the approximation (" + v.message() + ")", v.residual(), Map.of(), v.trace());
      }
      // not what the rule gives: a few points on the claim rewritten by its premises say whether it is false
      Verdict refuted = v.isProved() || v.status() == Status.FAILED ? null
          : LinkCheck.falseByPremises(lhs, rhs, name, premises, approximate, ctx, p);
      return witnessed(refuted != null ? refuted : v, ctx, limits);
    });
  }

  /**
   * A proved equation also has both sides defined at the same points (or where its premises say they are): the
   * rules compare shapes generically, so x/x = 1 from x = x is caught here.
   */
  private static Verdict defined(Verdict v, Term lhs, Term rhs, List<Fact> premises, Context ctx, Prover p) {
    if (!v.isProved()) {
      return v;
    }
    String undefined = Algebra.definednessProblem(lhs, rhs, premises, ctx, p);
    return undefined == null ? v : Verdict.of(Status.UNKNOWN, v.rule(), "not proved: " + undefined, null, Map.of(),
        v.withTrace(List.of("definedness: " + undefined)).trace());
  }

  /**
   * The goal is reached when it is the last established equation, up to algebra (either orientation), and a goal
   * written with {@code =} ({@code approximate} false) is not reached through an approximate fact.
   */
  public static Verdict checkGoal(Term lhs, Term rhs, boolean approximate, Fact last, Context ctx,
      Limits limits) {
    Verdict contradicted = underContradiction("goal", ctx);
    if (contradicted != null) {
      return contradicted;
    }
    return Prover.run("goal", limits, p -> witnessed(GoalCheck.check(lhs, rhs, approximate, last, ctx, p), ctx, limits));
  }

  /**
   * A postulate {@code lhs = rhs} ({@code kind} "postulate"): assumed, unless it is refutable (see {@link Refutation})
   * and then FAILED. A refutation that does not finish in time leaves it assumed: it was not shown false.
   */
  public static Verdict checkAssumption(String kind, Term lhs, Term rhs, List<Var> params, Context ctx,
      Limits limits) {
    Verdict v = Prover.run(kind, limits, p -> Refutation.check(kind, lhs, rhs, params, ctx, p));
    if (v.status() == Status.FAILED || v.status() == Status.ASSUMED) {
      return v;
    }
    return Verdict.assumed(kind, kind + ", accepted without proof (not refuted: " + v.message() + ")");
  }

  /** A fact proved under {@code from}, as it reads under {@code to}, if it holds there (else not established). */
  public static Fact importFact(Fact f, Context from, Context to) {
    return Transport.transport(f, from, to);
  }

  /**
   * The verdict for importing {@code imported} (the result of {@link #importFact}): as strong as the evidence in the
   * source file ({@code sourceStatus}, its weakest step), and never stronger.
   */
  public static Verdict importVerdict(Fact imported, Status sourceStatus, String from) {
    if (!imported.established()) {
      return Verdict.of(Status.UNKNOWN, "import", imported.name(), null, Map.of(), List.of());
    }
    String how = "imported from " + from;
    // What the fact rests on caps the verdict, whatever the source file's steps said.
    if (!Evidence.ofKind(imported.evidence(), Evidence.Kind.TESTED).isEmpty()) {
      sourceStatus = Status.TESTED;
    } else if (!imported.evidence().isEmpty() && sourceStatus == Status.PROVED) {
      sourceStatus = Status.ASSUMED;
    }
    if (sourceStatus == Status.ASSUMED && !imported.evidence().isEmpty()) {
      return Verdict.assumed("import", how + ", where it rests on " + Evidence.describe(imported.evidence()));
    }
    if (sourceStatus == Status.TESTED) {
      return Verdict.of(Status.TESTED, "import", how + ", where it rests on "
          + Evidence.describe(imported.evidence()), null, Map.of(), List.of(how));
    }
    if (sourceStatus == Status.PROVED) {
      return Verdict.proved("import", how + ", where it is proved", List.of(how));
    }
    if (sourceStatus == Status.ASSUMED) {
      return Verdict.assumed("import", how + ", where it is assumed");
    }
    return Verdict.of(sourceStatus, "import", how + ", where it is only " + sourceStatus.label(), null, Map.of(),
        List.of(how));
  }

  /**
   * Whether algebra alone proves {@code a = b} (lhs − rhs simplifies to 0; no numeric testing, no rules), within the
   * time limit. For advice that must be true, such as the diagnoses of a failed step; not a verdict on a step.
   */
  public static Verdict provablyEqual(Term a, Term b, Context ctx, Limits limits) {
    return Prover.run(Algebra.RULE, limits, p -> Algebra.provablyEqual(a, b, ctx, p)
        && Algebra.definednessProblem(a, b, ctx, p) == null // both sides defined at the same points, as for a step
        ? Verdict.proved(Algebra.RULE, "lhs − rhs simplifies to 0", List.of("algebra: lhs − rhs = 0"))
        : Verdict.of(Status.UNKNOWN, Algebra.RULE, "not proved by algebra", null, Map.of(), List.of()));
  }

  /** A fact with some of its variables given values, if that is sound (else a non-established fact). */
  public static Fact instantiate(Fact f, Map<Var, Term> values, Context ctx) {
    return Instances.instantiate(f, values, ctx);
  }
}
