package deriv.report;

import deriv.check.RunResult;

/**
 * GitHub Actions workflow commands ({@code ::error file=…::message}) that annotate the pull request's diff:
 * errors for failed and (under --strict) tested steps, goals not reached and file errors; warnings for steps
 * that were not decided (tested, timed out, unknown). Passing items print nothing.
 */
public final class GithubAnnotations {
  public String write(RunResult run) {
    StringBuilder out = new StringBuilder();
    for (Finding f : Findings.of(run)) {
      if (f.level() == Finding.Level.PASS) {
        continue;
      }
      String command = f.level() == Finding.Level.ERROR ? "error" : "warning";
      out.append("::").append(command).append(" file=").append(property(f.path()))
          .append(",line=").append(f.span().line()).append(",endLine=").append(f.span().endLine())
          .append(",col=").append(f.span().column()).append(",endColumn=").append(f.span().endColumn())
          .append(",title=").append(property(f.title())).append("::").append(message(f.message())).append('\n');
    }
    return out.toString();
  }

  /** The toolkit's escaping of a message. */
  static String message(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** The toolkit's escaping of a property value: a message's, plus the separators. */
  static String property(String s) {
    return message(s).replace(":", "%3A").replace(",", "%2C");
  }
}
