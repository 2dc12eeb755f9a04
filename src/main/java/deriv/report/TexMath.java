package deriv.report;

/** A {@link MathNode} as LaTeX math: the leaves' TeX fragments, put together with TeX's own structure. */
final class TexMath {
  private TexMath() {}

  static String render(MathNode node) {
    StringBuilder out = new StringBuilder();
    render(node, out);
    return out.toString();
  }

  private static void render(MathNode node, StringBuilder out) {
    if (node instanceof MathNode.Ident i) {
      out.append(i.tex());
    } else if (node instanceof MathNode.Num n) {
      out.append(n.digits());
    } else if (node instanceof MathNode.Op o) {
      out.append(o.tex());
    } else if (node instanceof MathNode.Space s) {
      out.append(s.tex());
    } else if (node instanceof MathNode.Row r) {
      r.items().forEach(item -> render(item, out));
    } else if (node instanceof MathNode.Group g) {
      out.append('{');
      render(g.inner(), out);
      out.append('}');
    } else if (node instanceof MathNode.Fenced f) {
      out.append(f.texOpen());
      render(f.inner(), out);
      out.append(f.texClose());
    } else if (node instanceof MathNode.Frac f) {
      out.append("\\frac{");
      render(f.numerator(), out);
      out.append("}{");
      render(f.denominator(), out);
      out.append('}');
    } else if (node instanceof MathNode.Scripts s) {
      render(s.base(), out);
      script(out, "_{", s.sub());
      script(out, "^{", s.sup());
    } else if (node instanceof MathNode.Sqrt s) {
      out.append("\\sqrt{");
      render(s.inner(), out);
      out.append('}');
    } else {
      bigOp((MathNode.BigOp) node, out);
    }
  }

  private static void script(StringBuilder out, String open, MathNode script) {
    if (script != null) {
      out.append(open);
      render(script, out);
      out.append('}');
    }
  }

  /** {@code \sum_{j=1}^{N} }; several lines under it as {@code \substack{j=1\\ j\neq k}}. */
  private static void bigOp(MathNode.BigOp b, StringBuilder out) {
    out.append(b.tex());
    if (!b.under().isEmpty()) {
      out.append("_{");
      if (b.under().size() == 1) {
        render(b.under().get(0), out);
      } else {
        out.append("\\substack{");
        for (int i = 0; i < b.under().size(); i++) {
          out.append(i == 0 ? "" : "\\\\ ");
          render(b.under().get(i), out);
        }
        out.append('}');
      }
      out.append('}');
    }
    script(out, "^{", b.over());
    out.append(' ');
  }
}
