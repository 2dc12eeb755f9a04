package deriv.kernel;

import deriv.kernel.rules.Induction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Decides one link {@code a = b} of a chain, by the named rule or, when none is named, by the first that works. */
final class LinkCheck {
  /** How many passes of a rule over one side are tried before giving up. */
  private static final int PASSES = 6;
  /** The name reported when the rewrite rules together proved a link (automatic mode only). */
  static final String ALL_RULES = "rules";

  private LinkCheck() {}

  static Verdict check(Term a, Term b, String ruleName, List<Term> args, List<Fact> facts, boolean approximate,
      Context ctx, Prover p) {
    IntervalRule interval = ruleName == null ? null
        : deriv.kernel.rules.Rules.intervalRule(ruleName, args, List.of(a, b));
    if (interval != null) {
      return byIntervalRule(a, b, interval, ctx, p);
    }
    return check(a, b, ruleName, facts, approximate, ctx, p);
  }

  /**
   * A rule on definite integrals ({@code by ftc(F)}): proved when its rewrite makes the sides equal; otherwise its
   * reason for refusing comes first (the side condition not shown), then what algebra says of the sides.
   */
  private static Verdict byIntervalRule(Term a, Term b, IntervalRule rule, Context ctx, Prover p) {
    Verdict v = byRuleOrExplain(a, b, rule, ctx, p);
    if (v.isProved() || rule.refusal() == null) {
      return v;
    }
    // a refused side condition does not make the step false; only the algebra's own refutation does
    return Verdict.of(v.status() == Status.FAILED ? Status.FAILED : Status.UNKNOWN, rule.name(), "not proved: "
        + rule.refusal() + "; " + v.message(), v.residual(), v.counterexample(), v.trace());
  }

  static Verdict check(Term a, Term b, String ruleName, List<Fact> facts, boolean approximate, Context ctx,
      Prover p) {
    if (ruleName == null) {
      return orFalseByFacts(auto(a, b, facts, ctx, p), a, b, facts, approximate, ctx, p);
    }
    if (ruleName.equals("algebra") || ruleName.equals("def")) {
      Verdict same = sameOnceUnfolded(a, b, ctx);
      if (same != null) {
        return same;
      }
      if (Algebra.definednessProblem(a, b, ctx, p) != null) {
        return Algebra.decide(a, b, ctx, p); // the same gate, with a search for a point that makes it false
      }
      // with only the one-sided definitions unfolded first: full unfolding can turn n_1 into pages of integrals
      if (deriv.kernel.rules.Unfolding.provablyEqual(a, b, ctx, p)) {
        return Verdict.proved(Algebra.RULE, "lhs − rhs simplifies to 0", List.of(
            "algebra, with the definitions used on one side only unfolded: lhs − rhs = 0"));
      }
      return orFalseByFacts(Algebra.decide(a, b, ctx, p), a, b, facts, approximate, ctx, p);
    }
    if (ruleName.equals(Induction.NAME)) {
      return byInduction(a, b, ctx, p);
    }
    Rule approximation = RuleBook.approximationRule(ruleName);
    if (approximation != null) {
      if (approximate) {
        // never refuted through it: the sides may differ by its error (ln((N+1)!) ≈ ln(N+1) + ln(N!) is exact)
        Verdict v = byRule(a, b, approximation, ctx, p);
        return v != null ? v : Verdict.of(Status.UNKNOWN, ruleName, "'" + ruleName + "' does not turn one side "
            + "into the other (" + approximation.theorem() + ")", null, java.util.Map.of(), List.of());
      }
      // an approximation proves no equation: the link is judged without it
      Verdict v = Algebra.decide(a, b, ctx, p);
      return v.isProved() ? v : Verdict.of(v.status(), ruleName, "'" + ruleName + "' is an approximation ("
          + approximation.theorem() + "): it justifies only a link written ≈; without it, " + v.message(),
          v.residual(), v.counterexample(), v.trace());
    }
    Rule rule = RuleBook.rewriteRule(ruleName);
    if (rule != null) {
      return byRuleOrExplain(a, b, rule, ctx, p);
    }
    for (Fact f : facts) {
      if (f.name().equals(ruleName)) {
        if (!f.established()) {
          return Verdict.of(Status.UNKNOWN, ruleName, "uses '" + ruleName + "', which is not established", null,
              java.util.Map.of(), List.of());
        }
        Verdict v = byFact(a, b, f, ctx, p);
        return v != null ? v : notShownByFact(a, b, f, approximate, ctx, p);
      }
    }
    return Verdict.of(Status.UNKNOWN, ruleName, "unknown rule '" + ruleName + "'", null, java.util.Map.of(),
        List.of());
  }

  /**
   * An algebra step that is only unknown (its atoms, integrals, cannot be evaluated) may still be false given what
   * the derivation established: FAILED when its sides, rewritten by the earlier results that apply to them, differ
   * at a few points ({@link #falseByPremises}, with the same guards). Else {@code v}.
   */
  private static Verdict orFalseByFacts(Verdict v, Term a, Term b, List<Fact> facts, boolean approximate,
      Context ctx, Prover p) {
    if (v.status() != Status.UNKNOWN) {
      return v;
    }
    List<Term> sides = List.of(a, b, Terms.unfoldConstants(a, ctx), Terms.unfoldConstants(b, ctx));
    // exact results only: an approximation the step does not cite is no premise of it
    List<Fact> applying = facts.stream().filter(Fact::established).filter(f -> !f.approximate())
        .filter(f -> sides.stream().anyMatch(t -> rewrites(f, t, ctx, p))).toList();
    Verdict refuted = applying.isEmpty() ? null : falseByPremises(a, b, v.rule(), applying, approximate, ctx, p);
    return refuted != null ? refuted : v;
  }

  /** Whether the fact, either way round, rewrites something in {@code t}. */
  private static boolean rewrites(Fact f, Term t, Context ctx, Prover p) {
    for (boolean backwards : new boolean[] {false, true}) {
      if (Rewriting.passes(t, new FactRule(f, ctx, backwards), ctx, p, 1, new ArrayList<>()).size() > 1) {
        return true;
      }
    }
    return false;
  }

  private static Verdict auto(Term a, Term b, List<Fact> facts, Context ctx, Prover p) {
    if (Algebra.definednessProblem(a, b, ctx, p) == null && Algebra.provablyEqual(a, b, ctx, p)) {
      return Verdict.proved("algebra", "lhs − rhs simplifies to 0", List.of("algebra: lhs − rhs = 0"));
    }
    for (Rule rule : RuleBook.rewriteRules()) {
      Verdict v = byRule(a, b, rule, ctx, p);
      if (v != null) {
        return v;
      }
    }
    Verdict induction = Induction.prove(a, b, ctx, p);
    if (induction != null && induction.isProved()) {
      return induction;
    }
    for (int i = facts.size() - 1; i >= 0; i--) {
      Fact f = facts.get(i);
      if (f.established()) {
        Verdict v = byFact(a, b, f, ctx, p);
        if (v != null) {
          return v;
        }
      }
    }
    Verdict combined = byRule(a, b, new AnyRule(RuleBook.rewriteRules()), ctx, p);
    if (combined != null) {
      return combined;
    }
    Verdict v = Algebra.decide(a, b, ctx, p);
    return induction == null || v.isProved() ? v : withNote(v, induction);
  }

  /** {@code by induction}: the closed form of a sum or product in the link, proved by induction on its bound. */
  private static Verdict byInduction(Term a, Term b, Context ctx, Prover p) {
    Verdict v = Induction.prove(a, b, ctx, p);
    if (v != null && v.isProved()) {
      return v;
    }
    Verdict d = explainFailure(a, b, Induction.NAME, ctx, p);
    if (v == null) {
      return d.isProved() ? d : Verdict.of(d.status(), Induction.NAME, "no sum or product with the bounds "
          + "lo..n + c (n an integer variable, lo and the summand free of n) occurs in the link; " + d.message(),
          d.residual(), d.counterexample(), d.trace());
    }
    return d.isProved() ? d : withNote(d, v);
  }

  /** A verdict that is not a proof, with what the induction showed added to its message and trace. */
  private static Verdict withNote(Verdict v, Verdict induction) {
    if (v.message().contains(induction.message().replace("not proved: ", ""))) {
      return v; // the same definedness gate said the same thing twice
    }
    Verdict noted = Verdict.of(v.status(), v.rule(), v.message() + "; " + induction.message(),
        v.residual() != null ? v.residual() : induction.residual(), v.counterexample(), v.trace());
    return noted.withTrace(induction.trace());
  }

  /**
   * Every rewrite rule at once: at each position the first rule that applies. Each rewrite is an instance of one
   * theorem with its side conditions discharged, so a chain of them is a proof (linearity, then sum_const, …).
   */
  private record AnyRule(List<Rule> rules) implements Rule {
    @Override
    public String name() {
      return ALL_RULES;
    }

    @Override
    public String theorem() {
      return "the rewrite rules together (" + String.join(", ", rules.stream().map(Rule::name).toList()) + ")";
    }

    @Override
    public Rewrite rewrite(Term t, Context ctx, Prover p) {
      for (Rule r : rules) {
        Rewrite w = r.rewrite(t, ctx, p);
        if (w != null) {
          return w;
        }
      }
      return null;
    }
  }

  /**
   * A named rule on integrals, helped by the structural rules that bring the integrals it speaks of into its shape:
   * {@code gaussian} on a product of Gaussians over two variables needs {@code factorise} to separate them first,
   * {@code factorise} on a sum of double integrals needs {@code linearity} to put the constant factors of the
   * integrals it made where the other side has them. Each rewrite is still an instance of its own theorem with its
   * side conditions proved; the link is reported under the rule it names.
   */
  private record Assisted(Rule main, List<Rule> helpers) implements Rule {
    private static final List<String> STRUCTURAL = List.of("linearity", "factorise");
    private static final List<String> ON_INTEGRALS = List.of("linearity", "factorise", "gaussian", "gaussian_moment",
        "flip", "even");

    /** The rule with its helpers, or null when it is not a rule on integrals. */
    static Rule of(Rule main) {
      if (!ON_INTEGRALS.contains(main.name())) {
        return null;
      }
      List<Rule> helpers = new ArrayList<>();
      for (String name : STRUCTURAL) {
        Rule r = RuleBook.rewriteRule(name);
        if (r != null && !name.equals(main.name())) {
          helpers.add(r);
        }
      }
      return helpers.isEmpty() ? null : new Assisted(main, helpers);
    }

    @Override
    public String name() {
      return main.name();
    }

    @Override
    public String theorem() {
      return main.theorem() + "; helped by " + String.join(" and ", helpers.stream().map(Rule::name).toList());
    }

    @Override
    public Rewrite rewrite(Term t, Context ctx, Prover p) {
      Rewrite w = main.rewrite(t, ctx, p);
      for (int i = 0; w == null && i < helpers.size(); i++) {
        w = helpers.get(i).rewrite(t, ctx, p);
      }
      return w;
    }
  }

  /**
   * Proved without computer algebra when the sides are the same expression (up to bound names) once the definitions
   * used on one side only are unfolded: a definition is an equation, so that is a proof. Null otherwise.
   */
  private static Verdict sameOnceUnfolded(Term a, Term b, Context ctx) {
    Term[] sides = deriv.kernel.rules.Unfolding.oneSided(a, b, ctx);
    if (!Terms.alphaEquivalent(sides[0], sides[1], ctx)) {
      return null;
    }
    return Verdict.proved(Algebra.RULE, "the sides are the same expression once definitions are unfolded",
        List.of("unfolded: " + Terms.show(sides[0]) + " = " + Terms.show(sides[1])));
  }

  private static Verdict byFact(Term a, Term b, Fact f, Context ctx, Prover p) {
    Verdict forward = byRule(a, b, new FactRule(f, ctx, false), ctx, p);
    Verdict v = forward != null ? forward : byRule(a, b, new FactRule(f, ctx, true), ctx, p);
    return v == null ? null : v.usingFact(f.name());
  }

  private static Verdict byRuleOrExplain(Term a, Term b, Rule rule, Context ctx, Prover p) {
    Verdict v = byRuleOn(a, b, rule, ctx, p, "");
    Rule assisted = Assisted.of(rule);
    v = v != null || assisted == null ? v : byRuleOn(a, b, assisted, ctx, p, "");
    Term[] partly = deriv.kernel.rules.Unfolding.oneSided(a, b, ctx);
    v = v != null ? v : byRuleOneSided(a, b, partly, rule, ctx, p);
    if (v != null) {
      return v;
    }
    // Then refute, before everything is unfolded: there the rule's comparisons of a false step can use up its
    // budget before the algebra below finds the points (a true step is usually proved by then: points can be dear)
    Verdict early = Algebra.refute(a, b, new Term[] {a, b}, ctx, p);
    if (early != null) {
      return notTurned(early, rule.name());
    }
    v = byRuleAllUnfolded(a, b, partly, rule, ctx, p);
    if (v != null) {
      return v;
    }
    Verdict rewritten = falseOnceRewritten(a, b, rule, rule.name(), ctx, p);
    return rewritten != null ? rewritten : explainFailure(a, b, rule.name(), ctx, p);
  }

  /**
   * FAILED when the sides, rewritten by the rule (or the fact) as far as it goes, differ: each side equals what it
   * became, so the step is false (a Gaussian rewritten to its closed form against a wrong prefactor). Else null.
   */
  private static Verdict falseOnceRewritten(Term a, Term b, Rule rule, String name, Context ctx, Prover p) {
    return falseOnceRewritten(a, b, rule, name, (ra, rb) -> {
      Verdict w = Algebra.decide(ra, rb, ctx, p);
      return w.status() == Status.FAILED ? w : null;
    }, ctx, p);
  }

  /** How rewritten sides are shown to differ: FAILED with the reason, or null. */
  private interface Refuter {
    Verdict refute(Term ra, Term rb);
  }

  private static Verdict falseOnceRewritten(Term a, Term b, Rule rule, String name, Refuter refuter, Context ctx,
      Prover p) {
    List<Term> fromA = Rewriting.passes(a, rule, ctx, p, PASSES, new ArrayList<>());
    List<Term> fromB = Rewriting.passes(b, rule, ctx, p, PASSES, new ArrayList<>());
    if (fromA.size() == 1 && fromB.size() == 1) {
      return null;
    }
    Term ra = fromA.get(fromA.size() - 1);
    Term rb = fromB.get(fromB.size() - 1);
    Verdict w = refuter.refute(ra, rb);
    if (w == null) {
      return null;
    }
    List<String> trace = new ArrayList<>(List.of("with '" + name + "' applied: " + Terms.show(ra) + " = "
        + Terms.show(rb)));
    trace.addAll(w.trace());
    String why = w.message().startsWith("false: ") ? w.message().substring("false: ".length()) : w.message();
    return Verdict.of(Status.FAILED, name, "false: with '" + name + "' applied the sides are " + Terms.show(ra)
        + " and " + Terms.show(rb) + ", and " + why, w.residual(), w.counterexample(), trace);
  }

  /**
   * Proved when rewriting one side (or both) with the rule reaches terms that algebra shows equal; first as written,
   * then with every definition unfolded (a defined name such as H can hide the sum a rule needs). Unfolding replaces
   * names by what they are defined to equal, so both sides keep their values. Null when the rule does not get there.
   */
  static Verdict byRule(Term a, Term b, Rule rule, Context ctx, Prover p) {
    Verdict asWritten = byRuleOn(a, b, rule, ctx, p, "");
    return asWritten != null ? asWritten : byRuleUnfolded(a, b, rule, ctx, p);
  }

  private static Verdict byRuleUnfolded(Term a, Term b, Rule rule, Context ctx, Prover p) {
    Term[] partly = deriv.kernel.rules.Unfolding.oneSided(a, b, ctx);
    Verdict v = byRuleOneSided(a, b, partly, rule, ctx, p);
    return v != null ? v : byRuleAllUnfolded(a, b, partly, rule, ctx, p);
  }

  /** With the names used on one side only unfolded ({@code partly}: smaller terms than unfolding everything). */
  private static Verdict byRuleOneSided(Term a, Term b, Term[] partly, Rule rule, Context ctx, Prover p) {
    boolean changed = !partly[0].equals(a) || !partly[1].equals(b);
    return changed ? byRuleOn(partly[0], partly[1], rule, ctx, p, "with the one-sided definitions unfolded, ")
        : null;
  }

  private static Verdict byRuleAllUnfolded(Term a, Term b, Term[] partly, Rule rule, Context ctx, Prover p) {
    Term ua = Terms.unfold(a, ctx);
    Term ub = Terms.unfold(b, ctx);
    if (ua.equals(a) && ub.equals(b) || ua.equals(partly[0]) && ub.equals(partly[1])) {
      return null;
    }
    return byRuleOn(ua, ub, rule, ctx, p, "with definitions unfolded, ");
  }

  private static Verdict byRuleOn(Term a, Term b, Rule rule, Context ctx, Prover p, String how) {
    List<String> used = new ArrayList<>();
    List<Term> fromA = Rewriting.passes(a, rule, ctx, p, PASSES, used);
    List<Term> fromB = Rewriting.passes(b, rule, ctx, p, PASSES, used);
    if (fromA.size() == 1 && fromB.size() == 1) {
      return null;
    }
    // Both sides fully rewritten first: the rules normalise, so that is where a true step usually meets. A failed
    // comparison is the expensive case, so the likeliest pair goes first.
    List<Term[]> pairs = new ArrayList<>();
    pairs.add(new Term[] {fromA.get(fromA.size() - 1), fromB.get(fromB.size() - 1)});
    for (Term x : fromA.subList(1, fromA.size())) {
      pairs.add(new Term[] {x, b});
    }
    for (Term y : fromB.subList(1, fromB.size())) {
      pairs.add(new Term[] {a, y});
    }
    for (Term[] pair : pairs) {
      // after the rewrite, the comparison is algebra and is gated like it (x/x + … = 1 + … by a fact)
      if (Algebra.definednessProblem(pair[0], pair[1], ctx, p) == null
          && deriv.kernel.rules.Unfolding.provablyEqual(pair[0], pair[1], ctx, p)) {
        // a kernel rule's rewrite may drop or add a condition (∫_a^a f → 0 drops a's); a cited result's may not: it
        // holds where its sides are defined, and moves a condition from one side to the other (Z ≠ 0 to 2π·∫ ≠ 0)
        String undefined = rule instanceof FactRule ? null
            : Algebra.ruleLinkDefinednessProblem(a, b, ctx, p);
        if (undefined != null) { // true where both sides are defined: not proved, and not refuted either
          return Verdict.of(Status.UNKNOWN, rule.name(), "not proved: " + undefined, null, java.util.Map.of(),
              List.of(rule.name() + ": " + rule.theorem(), "then algebra: " + Terms.show(pair[0]) + " = "
                  + Terms.show(pair[1]), "but " + undefined));
        }
        List<String> trace = new ArrayList<>();
        trace.add(rule.name() + ": " + rule.theorem());
        used.stream().distinct().forEach(c -> trace.add("side condition: " + c));
        trace.add(how + "then algebra: " + Terms.show(pair[0]) + " = " + Terms.show(pair[1]));
        return Verdict.proved(rule.name(), "by " + rule.name(), trace);
      }
    }
    return null;
  }

  /**
   * A claim derived {@code from} premises that its rule did not give: FAILED when the claim's sides, rewritten by a
   * premise (either way; with the defined constants unfolded, or as written), differ at a few points. Each premise is
   * established, so each side equals what it became: {@code n_2/n_1 = e^(−βq(V_1 − V_2))} from n(y) = N·α·e^(−βqV(y))
   * becomes e^(−βqV_2)/e^(−βqV_1) against e^(−βq(V_1 − V_2)), which points refute. Else null.
   */
  static Verdict falseByPremises(Term a, Term b, String rule, List<Fact> premises, boolean approximate,
      Context ctx, Prover p) {
    // a claim written ≈ asserts only an approximation, which points cannot refute; a premise that is not
    // established (an instance that was refused) says nothing at any point
    if (approximate || premises.stream().anyMatch(f -> !f.established())
        || !Algebra.pointsMaySpeak(a, b, premises, ctx)) {
      return null;
    }
    List<Term[]> forms = List.of(new Term[] {Terms.unfoldConstants(a, ctx), Terms.unfoldConstants(b, ctx)},
        new Term[] {a, b});
    String names = String.join("', '", premises.stream().map(Fact::name).distinct().toList());
    for (boolean backwards : new boolean[] {false, true}) {
      // all premises at once: a ratio needs n(x_1) and n(x_2) both rewritten before its sides can be evaluated
      Rule byPremise = new AnyRule(premises.stream().map(f -> (Rule) new FactRule(f, ctx, backwards)).toList());
      for (Term[] sides : forms) {
        Verdict v = falseOnceRewritten(sides[0], sides[1], byPremise, names,
            (ra, rb) -> Algebra.refute(ra, rb, new Term[] {a, b}, ctx, p), ctx, p);
        if (v != null) {
          return Verdict.of(Status.FAILED, rule, v.message(), v.residual(), v.counterexample(), v.trace());
        }
      }
    }
    return null;
  }

  /**
   * The fact did not prove the link. The algebra's counterexample on the sides as written would ignore the fact, so
   * it cannot show the step false. But with the fact applied, each side is equal to what it became (≈ for an
   * approximation, which the chain takes as an equation):
   * where those differ, the sides differ, and the step is false ({@code P = P_1^N} when the fact says
   * P = ∏ P_1(x_j, p_j)). Otherwise at most unknown.
   */
  private static Verdict notShownByFact(Term a, Term b, Fact f, boolean approximate, Context ctx, Prover p) {
    String fact = f.name();
    // Points speak unless a postulate ties a symbol down or the fact is an approximation (taken as an equation it may
    // hold nowhere); a link written ≈ asserts only an approximation.
    boolean approximateLink = approximate || f.approximate();
    boolean speaks = !approximateLink && Algebra.pointsMaySpeak(a, b, List.of(f), ctx);
    // as written, then with the defined constants unfolded (H_pairs hides the sum the fact speaks of)
    List<Term[]> forms = List.of(new Term[] {a, b},
        new Term[] {Terms.unfoldConstants(a, ctx), Terms.unfoldConstants(b, ctx)});
    for (int i = 0; speaks && i < forms.size(); i++) {
      Term[] sides = forms.get(i);
      if (i > 0 && sides[0].equals(a) && sides[1].equals(b)) {
        continue; // nothing to unfold
      }
      for (boolean backwards : new boolean[] {false, true}) {
        Verdict[] open = new Verdict[1];
        Term[][] reached = new Term[1][];
        Verdict rewritten = falseOnceRewritten(sides[0], sides[1], new FactRule(f, ctx, backwards), fact,
            (ra, rb) -> {
              Verdict w = Algebra.decide(ra, rb, ctx, p);
              if (open[0] == null && w.status() == Status.UNKNOWN) {
                open[0] = w;
                reached[0] = new Term[] {ra, rb};
              }
              return w.status() == Status.FAILED ? w : null;
            }, ctx, p);
        if (rewritten != null) {
          return rewritten;
        }
        // (sides that read the same but differ are a hygiene matter, a definition under a binder: said below)
        if (open[0] != null && !Terms.show(reached[0][0]).equals(Terms.show(reached[0][1]))) {
          // the sides as written may still differ at a point whatever their integrals are: then it is false
          Verdict refuted = Algebra.refute(a, b, new Term[] {a, b}, ctx, p);
          return refuted != null ? notTurned(refuted, fact) : notEnough(fact, reached[0][0], reached[0][1], open[0]);
        }
      }
    }
    Verdict v = explainFailure(a, b, fact, ctx, p);
    if (v.status() != Status.FAILED) {
      return v;
    }
    // An exact fact holds at every point where no postulate ties a symbol down: a point where the sides differ is a
    // counterexample whatever the fact says. An approximation does not hold there: the sides may differ by it.
    if (speaks) {
      return v;
    }
    String why = approximateLink ? "; the link is written ≈ or '" + fact + "' rests on an approximation, so the "
        + "sides may differ by it" : ", and without it the sides differ (lhs − rhs = " + v.residual() + ")";
    return Verdict.of(Status.UNKNOWN, fact, "'" + fact + "' does not turn one side into the other" + why,
        v.residual(), java.util.Map.of(), v.trace());
  }

  /**
   * The fact applied, but what it left is neither shown nor refuted: UNKNOWN at once (the sides as written, without
   * the fact, say no more), with what is left to show and the integrals nothing evaluated.
   */
  private static Verdict notEnough(String fact, Term ra, Term rb, Verdict open) {
    List<String> left = new ArrayList<>();
    for (Term side : List.of(ra, rb)) {
      collectIntegrals(side, left);
    }
    String integrals = left.isEmpty() ? "" : "; nothing evaluates " + String.join(", ", left.stream().distinct()
        .toList()) + ": cite a rule or a fact for " + (left.stream().distinct().count() == 1 ? "it" : "them");
    return Verdict.of(Status.UNKNOWN, fact, "'" + fact + "' does not turn one side into the other; it is not "
        + "enough: with it applied the step reads "
        + Terms.show(ra) + " = " + Terms.show(rb) + ", which is not shown" + integrals, open.residual(), Map.of(),
        open.trace());
  }

  private static void collectIntegrals(Term t, List<String> out) {
    if (t instanceof Integral) {
      out.add(Terms.show(t));
      return;
    }
    Terms.children(t).forEach(c -> collectIntegrals(c, out));
  }

  /** The rule did not prove the link: say whether the link is false, or only unproved. */
  private static Verdict explainFailure(Term a, Term b, String ruleName, Context ctx, Prover p) {
    Verdict v = Algebra.decide(a, b, ctx, p);
    if (v.isProved()) {
      return v;
    }
    return notTurned(v, ruleName);
  }

  private static Verdict notTurned(Verdict v, String ruleName) {
    String why = "rule '" + ruleName + "' does not turn one side into the other";
    return Verdict.of(v.status(), ruleName, why + "; " + v.message(), v.residual(), v.counterexample(),
        v.trace());
  }
}
