package deriv.report;

import deriv.check.RunResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code scanning (GitHub's upload-sarif and others): one run, a rule per kind of finding with a
 * stable id, one result per step, goal and diagnostic that is not passing (failed, undecided, tested, not reached,
 * an error in the file); proved and assumed steps and reached goals have no result.
 */
public final class Sarif {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final String informationUri;
  private final String version;

  /** @param informationUri the tool's home page, or null to leave it out; @param version deriv's version, or null */
  public Sarif(String informationUri, String version) {
    this.informationUri = informationUri;
    this.version = version;
  }

  public Sarif() {
    this(null, null);
  }

  public String write(RunResult run) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "deriv");
    if (version != null) {
      driver.put("version", version);
    }
    if (informationUri != null) {
      driver.put("informationUri", informationUri);
    }
    List<Object> rules = new ArrayList<>();
    for (Finding.Rule r : Finding.Rule.values()) {
      rules.add(rule(r));
    }
    driver.put("rules", rules);
    List<Object> results = new ArrayList<>();
    for (Finding f : Findings.of(run)) {
      // SARIF's results are problems a tool found; a proved step or a reached goal is not one (and 200 "pass"
      // results bury the one failure in a code-scanning upload)
      if (f.level() != Finding.Level.PASS) {
        results.add(result(f));
      }
    }
    Map<String, Object> runObject = new LinkedHashMap<>();
    runObject.put("tool", Map.of("driver", driver));
    runObject.put("columnKind", "unicodeCodePoints");
    runObject.put("results", results);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(runObject));
    return Json.write(log);
  }

  private static Map<String, Object> rule(Finding.Rule r) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", r.id);
    rule.put("name", r.name);
    rule.put("shortDescription", Map.of("text", r.description));
    rule.put("defaultConfiguration", Map.of("level", defaultLevel(r)));
    return rule;
  }

  private static String defaultLevel(Finding.Rule r) {
    switch (r) {
      case PROVED:
      case ASSUMED:
      case GOAL_REACHED:
        return "none";
      case TESTED:
      case UNKNOWN:
        return "warning";
      default:
        return "error";
    }
  }

  private static Map<String, Object> result(Finding f) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", f.rule().id);
    result.put("ruleIndex", f.rule().ordinal());
    result.put("kind", "fail");
    result.put("level", level(f.level()));
    result.put("message", Map.of("text", f.message()));
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", Math.max(1, f.span().line()));
    region.put("startColumn", Math.max(1, f.span().column()));
    region.put("endLine", Math.max(1, f.span().endLine()));
    // SARIF's end column is the one after the region; a span's is its last character.
    region.put("endColumn", Math.max(1, f.span().endColumn()) + 1);
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", Map.of("uri", uri(f.path())));
    physical.put("region", region);
    result.put("locations", List.of(Map.of("physicalLocation", physical)));
    result.put("partialFingerprints", Map.of("derivFinding/v1", fingerprint(f)));
    return result;
  }

  private static String level(Finding.Level level) {
    switch (level) {
      case PASS: return "none";
      case NOTE: return "note";
      case WARNING: return "warning";
      default: return "error";
    }
  }

  /** A relative URI reference: forward slashes, everything but unreserved characters percent-encoded. */
  static String uri(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0;
      out.append(unreserved ? String.valueOf(c) : String.format(java.util.Locale.ROOT, "%%%02X", b & 0xFF));
    }
    return out.toString();
  }

  /**
   * Stable across runs and across edits elsewhere in the file: path, derivation, step and rule, not the message
   * or (except for diagnostics, which have no other name) the position.
   */
  static String fingerprint(Finding f) {
    String identity = String.join("\u0000", f.path(), f.qualifiedName(), f.rule().id);
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
