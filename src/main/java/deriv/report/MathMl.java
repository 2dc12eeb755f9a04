package deriv.report;

import java.util.List;

/**
 * A {@link MathNode} as MathML Core ({@code mi mn mo mrow mfrac msup msub msubsup msqrt munderover mtable
 * mspace}), which browsers render natively: no script, no font download. Every text is escaped.
 */
final class MathMl {
  private MathMl() {}

  /** A formula in running text (scripts and fractions small). */
  static String inline(MathNode node) {
    return wrap("<math>", node);
  }

  /** A formula set as display math, in a table cell of an aligned chain (left, right or centred by the cell). */
  static String cell(MathNode node) {
    return wrap("<math displaystyle=\"true\">", node);
  }

  /** A displayed formula on its own, centred. */
  static String block(MathNode node) {
    return wrap("<math display=\"block\">", node);
  }

  private static String wrap(String open, MathNode node) {
    StringBuilder out = new StringBuilder(open);
    render(node, out);
    return out.append("</math>").toString();
  }

  static String render(MathNode node) {
    StringBuilder out = new StringBuilder();
    render(node, out);
    return out.toString();
  }

  private static void render(MathNode node, StringBuilder out) {
    if (node instanceof MathNode.Ident i) {
      ident(i, out);
    } else if (node instanceof MathNode.Num n) {
      out.append("<mn>").append(HtmlText.escape(n.digits())).append("</mn>");
    } else if (node instanceof MathNode.Op o) {
      if (!o.text().isEmpty()) {
        out.append("<mo>").append(HtmlText.escape(o.text())).append("</mo>");
      }
    } else if (node instanceof MathNode.Space s) {
      if (s.width() != null) {
        out.append("<mspace width=\"").append(HtmlText.escape(s.width())).append("\"></mspace>");
      }
    } else if (node instanceof MathNode.Row r) {
      out.append("<mrow>");
      r.items().forEach(item -> render(item, out));
      out.append("</mrow>");
    } else if (node instanceof MathNode.Group g) {
      render(g.inner(), out);
    } else if (node instanceof MathNode.Fenced f) {
      fenced(f, out);
    } else if (node instanceof MathNode.Frac f) {
      out.append("<mfrac>");
      wrapped(f.numerator(), out);
      wrapped(f.denominator(), out);
      out.append("</mfrac>");
    } else if (node instanceof MathNode.Scripts s) {
      scripts(s, out);
    } else if (node instanceof MathNode.Sqrt s) {
      out.append("<msqrt>");
      render(s.inner(), out);
      out.append("</msqrt>");
    } else {
      bigOp((MathNode.BigOp) node, out);
    }
  }

  /** Single letters are italic by default; a multi-letter name is upright, a name like ΔV is glyph by glyph. */
  private static void ident(MathNode.Ident i, StringBuilder out) {
    int glyphs = i.text().codePointCount(0, i.text().length());
    if (glyphs == 1 || i.upright()) {
      String variant = glyphs == 1 && i.upright() ? " mathvariant=\"normal\"" : "";
      out.append("<mi").append(variant).append('>').append(HtmlText.escape(i.text())).append("</mi>");
      return;
    }
    out.append("<mrow>");
    i.text().codePoints().forEach(cp -> out.append("<mi>").append(HtmlText.escape(new String(Character.toChars(cp))))
        .append("</mi>"));
    out.append("</mrow>");
  }

  /** Brackets that TeX makes grow ({@code \left(}) stretch; the others keep their size, as in the LaTeX. */
  private static void fenced(MathNode.Fenced f, StringBuilder out) {
    boolean grows = f.texOpen().startsWith("\\left");
    String mo = grows ? "<mo>" : "<mo stretchy=\"false\">";
    out.append("<mrow>").append(mo).append(HtmlText.escape(f.open())).append("</mo>");
    render(f.inner(), out);
    out.append(mo).append(HtmlText.escape(f.close())).append("</mo></mrow>");
  }

  /** {@code x_{1}^{2}} (a subscripted symbol to a power) as one msubsup, as TeX sets it. */
  private static void scripts(MathNode.Scripts s, StringBuilder out) {
    MathNode base = s.base();
    MathNode sub = s.sub();
    if (sub == null && base instanceof MathNode.Scripts inner && inner.sup() == null && inner.sub() != null) {
      base = inner.base();
      sub = inner.sub();
    }
    String tag = sub == null ? "msup" : s.sup() == null ? "msub" : "msubsup";
    out.append('<').append(tag).append('>');
    wrapped(base, out);
    if (sub != null) {
      wrapped(sub, out);
    }
    if (s.sup() != null) {
      wrapped(s.sup(), out);
    }
    out.append("</").append(tag).append('>');
  }

  /** ∑ and ∏ with limits below and above; ∫ with them at its side, as in the LaTeX. */
  private static void bigOp(MathNode.BigOp b, StringBuilder out) {
    String op = "<mo largeop=\"true\">" + HtmlText.escape(b.text()) + "</mo>";
    if (b.under().isEmpty() && b.over() == null) {
      out.append(op);
      return;
    }
    boolean integral = b.text().equals("∫");
    String tag = b.over() == null ? (integral ? "msub" : "munder") : (integral ? "msubsup" : "munderover");
    out.append('<').append(tag).append('>').append(op);
    under(b.under(), out);
    if (b.over() != null) {
      wrapped(b.over(), out);
    }
    out.append("</").append(tag).append('>');
  }

  private static void under(List<MathNode> lines, StringBuilder out) {
    if (lines.size() == 1) {
      wrapped(lines.get(0), out);
      return;
    }
    out.append("<mtable>");
    for (MathNode line : lines) {
      out.append("<mtr><mtd>");
      render(line, out);
      out.append("</mtd></mtr>");
    }
    out.append("</mtable>");
  }

  /** One child of a fixed-arity element: an mrow unless it already is one element. */
  private static void wrapped(MathNode node, StringBuilder out) {
    boolean single = node instanceof MathNode.Row || node instanceof MathNode.Num
        || node instanceof MathNode.Ident i && (i.upright() || i.text().codePointCount(0, i.text().length()) == 1)
        || node instanceof MathNode.Frac || node instanceof MathNode.Sqrt || node instanceof MathNode.Fenced;
    if (single) {
      render(node, out);
    } else {
      out.append("<mrow>");
      render(node, out);
      out.append("</mrow>");
    }
  }
}
