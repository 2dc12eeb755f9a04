package deriv.check;

import deriv.diagnose.Diagnoser;
import deriv.kernel.Condition;
import deriv.kernel.Context;

import deriv.kernel.Evidence;
import deriv.kernel.Fact;
import deriv.kernel.Kernel;
import deriv.kernel.Status;
import deriv.kernel.Verdict;
import deriv.resolve.Resolved;
import deriv.resolve.Resolver;
import deriv.syntax.Ast;
import deriv.syntax.Diagnostic;
import deriv.syntax.Parsing;
import deriv.syntax.Span;
import deriv.units.Units;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Walks a file's derivations in order and asks the kernel for a verdict on every step. Untrusted: it only decides
 * what to ask; the verdicts come from {@link Kernel}. Imported files are checked once per checker and remembered.
 */
public final class Checker {
  private final Options options;
  private final SourceLoader loader;
  private final Decider decider;
  /** Outcomes remembered across runs of one process (watch mode), or null. */
  private final StepCache cache;
  private final Map<String, Checked> checked = new HashMap<>();
  /** Told each step's result as soon as it is decided (deriv lsp shows verdicts as they come), or null. */
  private BiConsumer<String, StepResult> eachStep;
  private final Set<String> inProgress = new LinkedHashSet<>();

  /** A checked file and the results it exports. */
  private record Checked(FileResult result, Map<String, Export> exports) {}

  public Checker(Options options) {
    this(options, SourceLoader.NONE);
  }

  public Checker(Options options, SourceLoader loader) {
    this(options, loader, Decider.KERNEL, null);
  }

  /** A checker that reuses the outcomes {@code cache} remembers and remembers new ones there. */
  public Checker(Options options, SourceLoader loader, StepCache cache) {
    this(options, loader, Decider.KERNEL, cache);
  }

  /** A checker that asks {@code decider} for every verdict (the kernel, through a cache or other threads). */
  public Checker(Options options, SourceLoader loader, Decider decider) {
    this(options, loader, decider, null);
  }

  /** Both: every verdict from {@code decider}, outcomes remembered in {@code cache} across runs (watch mode). */
  public Checker(Options options, SourceLoader loader, Decider decider, StepCache cache) {
    this.options = options;
    this.loader = loader;
    this.decider = decider;
    this.cache = cache;
  }

  /**
   * Tells {@code listener} each step's result, with the path of the file it belongs to (imports are checked too), as
   * soon as the step is decided; the file's result is still returned whole by {@link #checkText}.
   */
  public void onEachStep(BiConsumer<String, StepResult> listener) {
    this.eachStep = listener;
  }

  public FileResult checkText(String path, String text) {
    Checked done = checked.get(path);
    if (done != null && done.result().source().text().equals(text)) {
      return done.result();
    }
    inProgress.add(path);
    try {
      Checked c = check(path, text);
      checked.put(path, c);
      return c.result();
    } finally {
      inProgress.remove(path);
    }
  }

  /**
   * What the front end finds before the kernel is asked anything: syntax, name, rule-name and unit errors (and, when
   * those leave the file checkable, its dimension findings). Cheap enough to run on every keystroke (deriv lsp).
   */
  public static List<Diagnostic> frontEndDiagnostics(String path, String text) {
    return frontEnd(path, text).diagnostics();
  }

  /**
   * The file {@code import … from "from"} in {@code importingFile} reads (as the checker resolves it), or null when
   * the import's path is not allowed.
   */
  public static String importTarget(String importingFile, String from) {
    return ImportPaths.resolve(importingFile, from);
  }

  /** The rules a step may name after {@code by} (in a chain or after {@code from}), with each one's theorem. */
  public static Map<String, String> ruleTheorems() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String r : Kernel.linkRules()) {
      out.put(r, Kernel.theorem(r));
    }
    for (String r : Kernel.derivationRules()) {
      out.putIfAbsent(r, Kernel.theorem(r));
    }
    return out;
  }

  /** The parsed and resolved file; {@code stop} when its diagnostics keep it from being checked. */
  private record FrontEnd(Parsing.Result parsed, List<Resolved> resolved, List<Diagnostic> diagnostics,
      boolean stop) {}

  private static FrontEnd frontEnd(String path, String text) {
    Parsing.Result parsed = Parsing.parse(path, text);
    if (parsed.hasErrors()) {
      return new FrontEnd(parsed, List.of(), parsed.diagnostics(), true);
    }
    List<Resolved> resolved = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Ast.Derivation d : parsed.file().derivations()) {
      Resolved r;
      try {
        r = Resolver.resolve(d);
      } catch (StackOverflowError e) {
        // A backstop: Parsing bounds nesting and operator chains, but a small thread stack may still overflow.
        diagnostics.add(Diagnostic.error("too-deep", "derivation '" + d.name() + "' is nested too deeply",
            d.span()));
        continue;
      }
      resolved.add(r);
      diagnostics.addAll(r.diagnostics());
    }
    diagnostics.addAll(RuleNames.check(resolved));
    if (!diagnostics.isEmpty()) {
      diagnostics.addAll(importPathProblems(resolved));
      return new FrontEnd(parsed, resolved, diagnostics, true);
    }
    // Dimension errors fail the file but its steps are still checked; a unit that does not parse stops it.
    List<Diagnostic> units = Units.check(parsed.file());
    boolean stop = units.stream().anyMatch(d -> !Units.isCheckFailure(d));
    return new FrontEnd(parsed, resolved, units, stop);
  }

  private Checked check(String path, String text) {
    FrontEnd front = frontEnd(path, text);
    if (front.stop()) {
      return new Checked(new FileResult(path, front.parsed().file(), List.of(), front.diagnostics()), Map.of());
    }
    Parsing.Result parsed = front.parsed();
    List<Resolved> resolved = front.resolved();
    List<Diagnostic> diagnostics = new ArrayList<>(front.diagnostics());
    List<DerivationResult> results = new ArrayList<>();
    Map<String, Export> exports = new LinkedHashMap<>();
    FileBudget budget = new FileBudget(options.fileWork());
    for (Resolved r : resolved) {
      results.add(new DerivationRun(path, r, exports, diagnostics, budget).run());
    }
    return new Checked(new FileResult(path, parsed.file(), results, diagnostics), exports);
  }

  /** Imports that may not be read at all, reported even when other errors stop the check. */
  private static List<Diagnostic> importPathProblems(List<Resolved> resolved) {
    List<Diagnostic> out = new ArrayList<>();
    for (Resolved r : resolved) {
      for (Resolved.Item item : r.items()) {
        if (item instanceof Resolved.ImportItem i && ImportPaths.problem(i.from()) != null) {
          out.add(Diagnostic.error("import", ImportPaths.problem(i.from()), i.span()));
        }
      }
    }
    return out;
  }

  /** One derivation's walk: the facts so far, and what it exports. */
  private final class DerivationRun {
    private final String path;
    private final Resolved resolved;
    private final Map<String, Export> exports;
    private final List<Diagnostic> diagnostics;
    private final List<StepResult> steps = new ArrayList<>();
    private final Map<String, Fact> facts = new LinkedHashMap<>();
    /** The names of the claims made so far (facts also holds postulates, approximations and imports). */
    private final Set<String> claims = new java.util.HashSet<>();
    /** For each claim that is not established, why (see {@link #whyNotEstablished}). */
    private final Map<String, String> whyNot = new HashMap<>();
    private final FileBudget budget;
    /** Time spent deciding since the last step was added: the next step's own (JUnit's per-test time). */
    private long decidingNanos;

    DerivationRun(String path, Resolved resolved, Map<String, Export> exports, List<Diagnostic> diagnostics,
        FileBudget budget) {
      this.path = path;
      this.resolved = resolved;
      this.exports = exports;
      this.diagnostics = diagnostics;
      this.budget = budget;
    }

    private void addStep(StepResult timeless) {
      StepResult step = timeless.withMillis(java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(decidingNanos));
      decidingNanos = 0;
      steps.add(step);
      if (eachStep != null) {
        eachStep.accept(path, step);
      }
    }

    /** The decider's verdict on {@code o}, unless the file's budget is spent; charged to the file. */
    private Verdict decided(Obligation o, String rule) {
      if (budget.exhausted()) {
        return budget.refused(rule);
      }
      long start = System.nanoTime();
      Verdict v = Counterexample.readable(decider.decide(o));
      decidingNanos += System.nanoTime() - start;
      budget.charge(v, options.limits());
      return v;
    }

    /** {@link Checker#decide} within the file's budget. */
    private StepCache.Outcome decide(deriv.diagnose.Obligation step) {
      if (budget.exhausted()) {
        return new StepCache.Outcome(budget.refused(step.rule() == null ? "auto" : step.rule()), List.of());
      }
      long start = System.nanoTime();
      StepCache.Outcome o = Checker.this.decide(step);
      decidingNanos += System.nanoTime() - start;
      budget.charge(o.verdict(), options.limits());
      return o;
    }

    DerivationResult run() {
      Fact last = null;
      GoalResult goal = null;
      for (Resolved.Item item : resolved.items()) {
        if (item instanceof Resolved.Assumption a) {
          assume(a);
        } else if (item instanceof Resolved.ImportItem i) {
          importResults(i);
        } else if (item instanceof Resolved.ClaimItem c) {
          last = claim(c);
        } else if (item instanceof Resolved.GoalItem g) {
          goal = goal(g, last);
        }
      }
      return new DerivationResult(resolved.ast(), steps, goal);
    }

    private void assume(Resolved.Assumption a) {
      if (a.kind() == Resolved.AssumptionKind.DEFINITION) {
        // A definition is an equation by definition: it is no evidence, and later steps unfold it themselves.
        addStep(new StepResult(a.name(), kindOf(a.kind()), a.span(),
            Verdict.assumed(a.kind().label, a.kind().label + ", accepted without proof"), a.source(), null));
        return;
      }
      boolean approximation = a.kind() == Resolved.AssumptionKind.APPROXIMATION;
      // An approximation is not meant to hold exactly, so being false is no refutation of it; a postulate is.
      Verdict v = approximation
          ? Verdict.assumed(a.kind().label, a.kind().label + ", accepted without proof")
          : decided(new Obligation.Assumption(a.kind().label, a.lhs(), a.rhs(), a.params(),
              withLaterConditions(a.context()), options.limits()), a.kind().label);
      addStep(new StepResult(a.name(), kindOf(a.kind()), a.span(), v, a.source(), null));
      boolean established = options.acceptable(v.status());
      Evidence self = new Evidence(a.name(), approximation ? Evidence.Kind.APPROXIMATION : Evidence.Kind.POSTULATE,
          path, a.span().line());
      Fact f = new Fact(a.name(), a.lhs(), a.rhs(), established, List.of(self), approximation);
      facts.put(a.name(), f);
      if (!established) {
        whyNot.put(a.name(), "step '" + a.name() + "' (line " + a.span().line() + ") is " + v.status().label());
      }
      if (established) {
        exports.put(a.name(), new Export(f, a.context(), Status.ASSUMED));
      }
    }

    /**
     * A postulate's context with the conditions declared after it: the goal assumes them all together, so
     * {@code postulate p: x = -1} followed by {@code assume x > 0} is refuted, whichever comes first.
     */
    private Context withLaterConditions(Context own) {
      List<Resolved.Item> items = resolved.items();
      Context widest = items.get(items.size() - 1).context(); // contexts only grow along the derivation
      if (widest.conditions().size() <= own.conditions().size()
          || !widest.conditions().subList(0, own.conditions().size()).equals(own.conditions())) {
        return own;
      }
      Context out = own;
      for (Condition c : widest.conditions().subList(own.conditions().size(), widest.conditions().size())) {
        out = out.withCondition(c);
      }
      return out;
    }

    private void importResults(Resolved.ImportItem i) {
      String problem = ImportPaths.problem(i.from());
      Checked source = null;
      if (problem == null) {
        String target = ImportPaths.resolve(path, i.from());
        if (inProgress.contains(target)) {
          problem = "import cycle: " + String.join(" → ", inProgress) + " → " + target;
        } else {
          try {
            source = load(target);
            problem = source == null ? "cannot read " + target : null;
          } catch (SourceLoader.Refused e) {
            problem = "cannot read " + target + ": " + e.getMessage();
          }
        }
      }
      if (problem == null && source.result().hasErrors()) {
        problem = i.from() + " has errors: " + source.result().diagnostics().get(0).message();
      }
      if (problem != null) {
        diagnostics.add(Diagnostic.error("import", problem, i.span()));
        return;
      }
      for (String name : i.names()) {
        Export e = source.exports().get(name);
        if (e == null) {
          diagnostics.add(Diagnostic.error("import", "no established result named '" + name + "' in " + i.from(), i.span()));
          continue;
        }
        Fact imported = Kernel.importFact(e.fact(), e.context(), i.context());
        Verdict v = Kernel.importVerdict(imported, e.status(), i.from());
        addStep(new StepResult(name, StepResult.Kind.IMPORT, i.span(), v, i.source(), null));
        if (!options.acceptable(v.status())) {
          diagnostics.add(Diagnostic.error("import", "cannot use '" + name + "' from " + i.from() + ": "
              + v.message(), i.span()));
        }
        facts.put(name, imported.with(name, imported.lhs(), imported.rhs(),
            imported.established() && options.acceptable(v.status())));
        if (!facts.get(name).established()) {
          whyNot.put(name, "the import of '" + name + "' (line " + i.span().line() + ") is " + v.status().label());
        }
      }
    }

    /** The imported file, checked; null when it cannot be read; Refused (with its reason) when it may not be. */
    private Checked load(String target) throws SourceLoader.Refused {
      String text;
      try {
        text = loader.read(path, target);
      } catch (SourceLoader.Refused e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        return null;
      }
      checkText(target, text);
      return checked.get(target);
    }

    private Fact claim(Resolved.ClaimItem c) {
      int before = steps.size();
      Support support = new Support();
      boolean established = c.derived() != null ? derived(c, support) : chain(c, support);
      Status weakest = Status.PROVED;
      for (StepResult s : steps.subList(before, steps.size())) {
        weakest = weaker(weakest, s.status());
      }
      List<Evidence> evidence = Evidence.union(support.evidence);
      // Never export something stronger than what it rests on.
      if (!Evidence.ofKind(evidence, Evidence.Kind.TESTED).isEmpty()) {
        weakest = weaker(weakest, Status.TESTED);
      } else if (!evidence.isEmpty()) {
        weakest = weaker(weakest, Status.ASSUMED);
      }
      Fact f = new Fact(c.name(), c.first(), c.last(), established, evidence, support.approximate);
      facts.put(c.name(), f);
      claims.add(c.name());
      if (!established) {
        whyNot.put(c.name(), whyNotEstablished(steps.subList(before, steps.size())));
      }
      if (established) {
        exports.put(c.name(), new Export(f, c.context(), weakest));
      }
      return f;
    }

    /**
     * Why a claim with these steps is not established, traced to its root: the unestablished claim it was checked
     * from, or else its own step that did not hold ("step 'log_ratio' (line 133) is unknown").
     */
    private String whyNotEstablished(List<StepResult> own) {
      // the earliest cause first: a claim it was checked from comes before its own steps
      for (StepResult s : own) {
        for (String cited : s.unestablished()) {
          String root = whyNot.get(cited);
          if (root != null) {
            return root;
          }
        }
      }
      for (StepResult s : own) {
        if (!options.acceptable(s.status())) {
          return "step '" + s.name() + "' (line " + s.span().line() + ") is " + s.status().label();
        }
      }
      return "a step it uses did not hold";
    }

    /** What one claim's steps rest on, gathered while they are decided. */
    private final class Support {
      final List<List<Evidence>> evidence = new ArrayList<>();
      boolean approximate;

      /** A step that cites the earlier fact {@code name} (or whose verdict says it used it). */
      void cites(String name) {
        Fact f = facts.get(name);
        if (f != null) {
          evidence.add(f.evidence());
          approximate |= f.approximate();
        }
      }

      /** A step decided by {@code v}: the facts it used, and itself when it was only tested. */
      void step(String stepName, Span span, Verdict v) {
        v.usedFacts().forEach(this::cites);
        if (v.status() == Status.TESTED) {
          evidence.add(List.of(new Evidence(stepName, Evidence.Kind.TESTED, path, span.line())));
        }
        if (v.isProved() && Kernel.isApproximation(v.rule())) {
          // a built-in approximation (Stirling's) rests where it is used, as an `approx` statement would
          evidence.add(List.of(new Evidence(v.rule(), Evidence.Kind.APPROXIMATION, path, span.line())));
          approximate = true;
        }
      }
    }

    private boolean derived(Resolved.ClaimItem c, Support support) {
      Resolved.Derived d = c.derived();
      List<Fact> premises = new ArrayList<>();
      List<String> unestablished = new ArrayList<>();
      String missing = null;
      for (Resolved.FactUse use : d.premises()) {
        Fact f = facts.get(use.name());
        if (f == null) {
          missing = use.name();
          break;
        }
        if (!f.established()) {
          unestablished.add(use.name());
        }
        support.cites(use.name());
        premises.add(Kernel.instantiate(asStated(f), use.bindings(), c.context()));
      }
      StepCache.Outcome o = missing != null
          ? new StepCache.Outcome(Verdict.of(Status.UNKNOWN, ruleName(d.rule()), "uses '" + missing
              + "', which is not established", null, Map.of(), List.of()), List.of())
          : decide(deriv.diagnose.Obligation.derived(d.lhs(), d.rhs(), d.rule().name(), d.rule().args(), premises,
              c.context(), c.source().links().stream().anyMatch(Ast.Link::approximate)));
      o = dimensionsChecked(o, c.span().start(), c.span().end());
      addStep(new StepResult(c.name(), StepResult.Kind.DERIVED, c.span(), o.verdict(), c.source(), null,
          o.hints(), unestablished));
      support.step(c.name(), c.span(), o.verdict());
      return options.acceptable(o.verdict().status()) && unestablished.isEmpty();
    }

    /**
     * A cited fact as its statement reads, taken as established for this one step: the step is still checked
     * (the transition from what the fact says, as Lean checks a proof that uses an unproved lemma), but its claim
     * is not established while the fact is not. Facts a step does not cite are never taken so.
     */
    private Fact asStated(Fact f) {
      Fact plain = f.withoutEvidence();
      // marked approximate: not known to hold, so no point is a counterexample through it (a step is never called
      // false because of what an unestablished claim says); the step can be proved, or stay unknown
      return plain.established() ? plain : new Fact(plain.name(), plain.lhs(), plain.rhs(), true, List.of(), true);
    }

    private boolean chain(Resolved.ClaimItem c, Support support) {
      boolean ok = true;
      // The rules see the equations only; what they rest on is tracked here, from the facts each step used.
      List<Fact> known = facts.values().stream().map(Fact::withoutEvidence).toList();
      for (Resolved.Link link : c.links()) {
        String cited = link.rule().name();
        // a kernel rule of that name is what the kernel applies (a claim may share a rule's name)
        Fact citedFact = cited == null || Kernel.linkRules().contains(cited) ? null : facts.get(cited);
        List<String> unestablished = citedFact != null && !citedFact.established() ? List.of(cited) : List.of();
        List<Fact> available = unestablished.isEmpty() ? known : known.stream()
            .map(f -> f.name().equals(cited) ? asStated(f) : f).toList();
        StepCache.Outcome o = decide(deriv.diagnose.Obligation.link(link.lhs(), link.rhs(), link.rule().name(),
            link.rule().args(), available, c.context(), link.source() != null && link.source().approximate()));
        // the first link owns the claim's first side too, and a dimension error found there
        o = dimensionsChecked(o, link.index() == 0 ? c.span().start() : link.span().start(), link.span().end());
        String name = c.links().size() == 1 ? c.name() : c.name() + "." + (link.index() + 1);
        addStep(new StepResult(name, StepResult.Kind.LINK, link.span(), o.verdict(), c.source(), link.source(),
            o.hints(), unestablished));
        if (citedFact != null) {
          support.cites(cited);
        }
        support.step(name, link.span(), o.verdict());
        support.approximate |= link.source() != null && link.source().approximate();
        ok &= options.acceptable(o.verdict().status()) && unestablished.isEmpty();
      }
      return ok;
    }

    /**
     * A step the units show wrong (docs/units.md) is failed, with the dimension error as its reason, unless the
     * kernel proved it: then the equation holds and the error is in a definition, reported at its own place.
     */
    private StepCache.Outcome dimensionsChecked(StepCache.Outcome o, int from, int to) {
      Verdict v = o.verdict();
      if (v.isProved() || v.status() == Status.FAILED) {
        return o;
      }
      for (Diagnostic d : diagnostics) {
        if (Units.isCheckFailure(d) && d.span().start() >= from && d.span().start() <= to) {
          Verdict failed = Verdict.of(Status.FAILED, v.rule(), "false: " + d.message(),
              v.residual(), v.counterexample(), v.trace());
          return new StepCache.Outcome(failed, o.hints());
        }
      }
      return o;
    }

    /**
     * The goal is checked against the last claim, as the kernel's goal rule states; but when an earlier established
     * claim is the goal exactly as written (either way round) and the last one is not, against that claim: a goal
     * need not be the last thing derived (a check of the solution after the derivation, say).
     */
    private GoalResult goal(Resolved.GoalItem g, Fact lastClaim) {
      Fact last = lastClaim;
      if (last == null || !last.established() || !isGoal(g, last)) {
        List<Fact> all = new ArrayList<>(facts.values());
        for (int k = all.size() - 1; k >= 0; k--) {
          Fact f = all.get(k);
          if (claims.contains(f.name()) && f.established() && isGoal(g, f)) {
            last = f;
            break;
          }
        }
      }
      if (last == null) {
        return new GoalResult(g.source(), false, Verdict.of(Status.FAILED, "goal",
            "no claim before the goal establishes anything", null, Map.of(), List.of()));
      }
      if (!last.established()) {
        return new GoalResult(g.source(), false, Verdict.of(Status.UNKNOWN, "goal",
            "the last claim '" + last.name() + "' is not established: " + whyNot.getOrDefault(last.name(),
                "a step it uses did not hold"), null, Map.of(), List.of()));
      }
      Verdict v = decided(new Obligation.Goal(g.lhs(), g.rhs(), g.source().approximate(), last, g.context(),
          options.limits()), "goal");
      List<Evidence> tested = Evidence.ofKind(last.evidence(), Evidence.Kind.TESTED);
      if (v.isProved() && options.strict() && !tested.isEmpty()) {
        v = Verdict.of(Status.FAILED, "goal", "with --strict, a goal may not rest on a tested step: it rests on "
            + Evidence.describe(tested), null, Map.of(), v.trace());
      }
      return new GoalResult(g.source(), v.isProved(), v, last.evidence());
    }

    /** Whether the fact's equation is the goal's as written, either way round (bound variables renamed). */
    private boolean isGoal(Resolved.GoalItem g, Fact f) {
      deriv.kernel.Context ctx = g.context();
      return deriv.kernel.Terms.alphaEquivalent(g.lhs(), f.lhs(), ctx)
          && deriv.kernel.Terms.alphaEquivalent(g.rhs(), f.rhs(), ctx)
          || deriv.kernel.Terms.alphaEquivalent(g.lhs(), f.rhs(), ctx)
          && deriv.kernel.Terms.alphaEquivalent(g.rhs(), f.lhs(), ctx);
    }
  }

  /** The kernel's verdict on one step and, when it did not hold, the diagnosis; remembered when there is a cache. */
  private StepCache.Outcome decide(deriv.diagnose.Obligation step) {
    Obligation asked = asked(step);
    Supplier<StepCache.Outcome> work = () -> {
      Verdict v = Counterexample.readable(decider.decide(asked));
      return new StepCache.Outcome(v, Diagnoser.diagnose(step, v, options.limits()));
    };
    return cache == null ? work.get() : cache.get(asked, work);
  }

  /** The step as the decider takes it (the kernel, a cache, or another thread). */
  private Obligation asked(deriv.diagnose.Obligation step) {
    return step.kind() == deriv.diagnose.Obligation.Kind.DERIVED
        ? new Obligation.Derived(step.lhs(), step.rhs(), step.rule(), step.args(), step.facts(), step.approximate(),
            step.context(), options.limits())
        : new Obligation.Link(step.lhs(), step.rhs(), step.rule(), step.args(), step.facts(), step.approximate(),
            step.context(),
            options.limits());
  }

  /** The weaker of two pieces of evidence: proved > assumed > tested > everything else. */
  private static Status weaker(Status a, Status b) {
    List<Status> order = List.of(Status.PROVED, Status.ASSUMED, Status.TESTED, Status.UNKNOWN, Status.TIMEOUT,
        Status.FAILED);
    return order.indexOf(a) >= order.indexOf(b) ? a : b;
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
