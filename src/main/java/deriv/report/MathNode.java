package deriv.report;

import java.util.List;

/**
 * Mathematics after the one printer walk ({@link ExprTex}) has made every structural decision — precedence and
 * brackets, fractions or slashes, scripts, big operators, function application, symbols — and before it is
 * rendered: to LaTeX by {@link TexMath} (byte for byte what the LaTeX and Markdown reports always printed) and to
 * MathML by {@link MathMl}. Leaves carry both spellings: the TeX fragment exactly as it is printed (spaces
 * included) and the Unicode text MathML shows.
 */
sealed interface MathNode {

  /** An identifier or a constant: {@code upright} for names and labels (ℝ, exp, a multi-letter name). */
  record Ident(String tex, String text, boolean upright) implements MathNode {}

  record Num(String digits) implements MathNode {}

  /** An operator, relation or separator; {@code text} "" is nothing in MathML, U+2061/U+2062 are invisible. */
  record Op(String tex, String text) implements MathNode {}

  /** Space: {@code width} null is TeX-only (a separator TeX needs between tokens). */
  record Space(String tex, String width) implements MathNode {}

  record Row(List<MathNode> items) implements MathNode {
    public Row {
      items = List.copyOf(items);
    }
  }

  /** A TeX group {@code {…}}, which changes nothing but how TeX attaches scripts. */
  record Group(MathNode inner) implements MathNode {}

  /** Brackets or bars: the TeX spellings decide whether they grow ({@code \left(}), MathML's fences stretch. */
  record Fenced(String texOpen, String texClose, String open, String close, MathNode inner) implements MathNode {}

  record Frac(MathNode numerator, MathNode denominator) implements MathNode {}

  /** A base with a subscript and/or a superscript (either may be null). */
  record Scripts(MathNode base, MathNode sub, MathNode sup) implements MathNode {}

  record Sqrt(MathNode inner) implements MathNode {}

  /** ∑, ∏ or ∫ with its limits: one or more lines under it (stacked), and an upper limit or null. */
  record BigOp(String tex, String text, List<MathNode> under, MathNode over) implements MathNode {
    public BigOp {
      under = List.copyOf(under);
    }
  }

  static Row row(MathNode... items) {
    return new Row(List.of(items));
  }

  static Op op(String tex, String text) {
    return new Op(tex, text);
  }

  static Ident ident(String tex, String text) {
    return new Ident(tex, text, false);
  }

  /** Nodes joined by a separator, as in {@code a, b, c}; a single node as itself. */
  static MathNode join(List<MathNode> items, MathNode separator) {
    if (items.size() == 1) {
      return items.get(0);
    }
    java.util.List<MathNode> out = new java.util.ArrayList<>();
    for (MathNode item : items) {
      if (!out.isEmpty()) {
        out.add(separator);
      }
      out.add(item);
    }
    return new Row(out);
  }
}
