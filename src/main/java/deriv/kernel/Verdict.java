package deriv.kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The kernel's answer for one obligation. A {@link Status#PROVED} verdict may only be created inside
 * {@code deriv.kernel}: an ArchUnit test forbids every other package to call {@link #proved}.
 *
 * @param rule the rule that decided it ("algebra", "exp_sum", …)
 * @param message a sentence for the author
 * @param residual lhs − rhs after simplification, for a step that was not proved (else null)
 * @param counterexample values of the symbols, and of both sides, at which the step is false (empty if none)
 * @param trace how it was decided, one line per attempt, for {@code deriv explain}
 * @param usedFacts the earlier facts the kernel actually used to decide it (a cited fact, or the one auto mode
 *     found), so that the step rests on their evidence and on no other fact's
 */
public record Verdict(Status status, String rule, String message, String residual,
    Map<String, String> counterexample, List<String> trace, List<String> usedFacts) {

  public Verdict {
    Objects.requireNonNull(status);
    Objects.requireNonNull(rule);
    Objects.requireNonNull(message);
    counterexample = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counterexample));
    trace = List.copyOf(trace);
    usedFacts = List.copyOf(usedFacts);
  }

  public Verdict(Status status, String rule, String message, String residual, Map<String, String> counterexample,
      List<String> trace) {
    this(status, rule, message, residual, counterexample, trace, List.of());
  }

  public static Verdict proved(String rule, String message, List<String> trace) {
    return new Verdict(Status.PROVED, rule, message, null, Map.of(), trace);
  }

  public static Verdict assumed(String kind, String message) {
    return new Verdict(Status.ASSUMED, kind, message, null, Map.of(), List.of());
  }

  public static Verdict of(Status status, String rule, String message, String residual,
      Map<String, String> counterexample, List<String> trace) {
    if (status == Status.PROVED) {
      throw new IllegalArgumentException("a proved verdict comes from Verdict.proved, inside the kernel");
    }
    return new Verdict(status, rule, message, residual, counterexample, trace);
  }

  public Verdict withTrace(List<String> more) {
    List<String> all = new java.util.ArrayList<>(trace);
    all.addAll(more);
    return new Verdict(status, rule, message, residual, counterexample, all, usedFacts);
  }

  /** This verdict, saying that it used the fact {@code name}. */
  public Verdict usingFact(String name) {
    List<String> used = new java.util.ArrayList<>(usedFacts);
    used.add(name);
    return new Verdict(status, rule, message, residual, counterexample, trace, used);
  }

  public boolean isProved() {
    return status == Status.PROVED;
  }
}
