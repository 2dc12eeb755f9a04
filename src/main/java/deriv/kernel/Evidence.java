package deriv.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Something a fact rests on besides proofs, as Lean's {@code #print axioms} lists: a postulate, an approximation,
 * or a step that was only tested numerically. Definitions are not evidence: they are equations by definition.
 *
 * @param name the postulate's or approximation's name, or the tested step's name ({@code density.3})
 * @param file the file where it is stated
 * @param line its line there (1-based)
 */
public record Evidence(String name, Kind kind, String file, int line) {
  public Evidence {
    Objects.requireNonNull(name);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(file);
  }

  public enum Kind {
    POSTULATE("postulate"), APPROXIMATION("approximation"), TESTED("tested");

    public final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /** {@code mean_field (approximation, nernst.deriv:26)}. */
  public String describe() {
    return name + " (" + kind.label + ", " + file + ":" + line + ")";
  }

  /** The union of several sets of evidence, each item once, in order of first appearance. */
  public static List<Evidence> union(Collection<? extends Collection<Evidence>> sets) {
    LinkedHashSet<Evidence> all = new LinkedHashSet<>();
    sets.forEach(all::addAll);
    return List.copyOf(all);
  }

  /** The items of {@code evidence} of one kind. */
  public static List<Evidence> ofKind(List<Evidence> evidence, Kind kind) {
    List<Evidence> out = new ArrayList<>();
    for (Evidence e : evidence) {
      if (e.kind() == kind) {
        out.add(e);
      }
    }
    return out;
  }

  /** {@code p (postulate, a.deriv:3), q (tested, a.deriv:7)}, or {@code nothing but proofs}. */
  public static String describe(List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return "nothing but proofs";
    }
    return String.join(", ", evidence.stream().map(Evidence::describe).toList());
  }
}
