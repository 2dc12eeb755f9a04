package deriv.syntax;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Spans from ANTLR tokens and contexts. */
final class Spans {
  private Spans() {}

  static Span of(Token t) {
    String text = t.getText() == null ? "" : t.getText();
    int length = Math.max(1, text.codePointCount(0, text.length()));
    return new Span(t.getLine(), t.getCharPositionInLine() + 1, t.getLine(),
        t.getCharPositionInLine() + length, t.getStartIndex(), t.getStopIndex() + 1);
  }

  static Span of(ParserRuleContext ctx) {
    Span start = of(ctx.getStart());
    Token stopToken = ctx.getStop() != null ? ctx.getStop() : ctx.getStart();
    return start.to(of(stopToken));
  }
}
