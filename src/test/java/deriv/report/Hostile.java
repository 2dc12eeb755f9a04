package deriv.report;

import deriv.check.FileResult;

/** A derivation whose title and notes try every way to break out of text into markup. */
final class Hostile {
  private Hostile() {}

  static final String TEXT = "\\input{/etc/passwd} \\write18{rm -rf /} 100% a_b & #1 $x$ {y} ~z ^w \\ "
      + "<script>alert(1)</script> \"q\" {{ site.secret }} {% include x %} $$ \\(a\\) 1. * [l](u) ---";

  static FileResult file() {
    String quoted = "\"" + TEXT.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    String source = "derivation hostile " + quoted + "\n"
        + "note " + quoted + "\n"
        + "let a : real\n"
        + "claim same: a = a by algebra\n"
        + "note " + quoted + "\n"
        + "goal a = a\n";
    return Samples.parsed("derivations/hostile.deriv", source);
  }
}
