package deriv.report;

import deriv.check.FileResult;
import deriv.check.Sha256;
import java.util.Locale;

/**
 * Where a report comes from, for a reader who wants to reproduce it: which deriv checked it, on which day, under
 * which work budget per step, and the SHA-256 of the source text it checked. {@link #UNSTATED} leaves out what only
 * the command line knows (tool, day, budget); the source's hash is always given.
 */
public record Provenance(String tool, String date, long workBudget) {
  public static final Provenance UNSTATED = new Provenance("", "", 0);

  /** "Checked by deriv 0.1.0 on 2026-11-30, with a budget of 1000 work units per step", or "" when unstated. */
  String checkedBy() {
    if (tool.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder("Checked by ").append(tool);
    if (!date.isEmpty()) {
      s.append(" on ").append(date);
    }
    if (workBudget > 0) {
      s.append(String.format(Locale.ROOT, ", with a budget of %d work units per step", workBudget));
    }
    return s.toString();
  }

  /** "Checked by … . Source F, SHA-256 H.": the whole provenance as one line of prose. */
  String sentence(FileResult file) {
    String by = checkedBy();
    String hash = sourceHash(file);
    return (by.isEmpty() ? "" : by + ". ") + "Source " + file.path() + (hash.isEmpty() ? "" : ", SHA-256 " + hash)
        + ".";
  }

  /** The SHA-256 of the checked text in hex, or "" when the file could not be read. */
  static String sourceHash(FileResult file) {
    String text = file.source() == null ? null : file.source().text();
    return text == null ? "" : Sha256.hex(text);
  }
}
