package deriv.diagnose;

import java.util.List;
import java.util.Optional;

/** One likely cause of a failed step, looked for by proving a corrected step. */
interface Diagnosis {
  /** A hint whose corrected step the kernel proved, or empty; {@code found} holds the hints already given. */
  Optional<Hint> find(Probe probe, List<Hint> found);
}
