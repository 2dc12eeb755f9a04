package deriv.report;

import deriv.check.RunResult;
import java.util.List;

/**
 * JUnit XML as Maven Surefire writes it (its XSD: one {@code <testsuite>} root, no {@code file} attribute), which
 * Jenkins, GitLab and the GitHub test-report actions read. One test case per step, goal and file diagnostic;
 * the class name is the file's path, so that each file forms a group. A step's time is the wall-clock time spent
 * deciding it; goals and diagnostics take 0.
 */
public final class JunitXml {
  public String write(RunResult run) {
    List<Finding> findings = Findings.of(run);
    long failures = findings.stream().filter(f -> !f.passes() && !isFileError(f)).count();
    long errors = findings.stream().filter(JunitXml::isFileError).count();
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    long millis = findings.stream().mapToLong(Finding::millis).sum();
    out.append("<testsuite name=\"deriv\" time=\"").append(seconds(millis)).append("\" tests=\"").append(findings.size()).append("\" errors=\"")
        .append(errors).append("\" skipped=\"0\" failures=\"").append(failures).append("\">\n")
        .append("  <properties>\n    <property name=\"strict\" value=\"").append(run.strict()).append("\"/>\n")
        .append("  </properties>\n");
    for (Finding f : findings) {
      out.append("  <testcase name=\"").append(Xml.escape(f.qualifiedName())).append("\" classname=\"")
          .append(Xml.escape(f.path())).append("\" time=\"").append(seconds(f.millis())).append('"');
      if (f.passes()) {
        out.append("/>\n");
        continue;
      }
      String element = isFileError(f) ? "error" : "failure";
      out.append(">\n    <").append(element).append(" message=\"").append(Xml.escape(f.message()))
          .append("\" type=\"").append(f.rule().id).append("\">").append(Xml.escape(f.position() + ": " + f.message()))
          .append("</").append(element).append(">\n  </testcase>\n");
    }
    return out.append("</testsuite>\n").toString();
  }

  /** Surefire's form: seconds with three decimals (a step's measured deciding time). */
  static String seconds(long millis) {
    return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
  }

  /** A file that could not be checked is an error of the suite, not a failed test. */
  private static boolean isFileError(Finding f) {
    return f.derivation() == null && !f.passes();
  }
}
