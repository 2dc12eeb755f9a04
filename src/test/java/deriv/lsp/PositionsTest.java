package deriv.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.syntax.Span;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** deriv's spans count code points from 1; LSP counts UTF-16 units from 0, the end exclusive. */
class PositionsTest {
  @Test
  void spansBecomeUtf16RangesAndBack() {
    Positions at = new Positions("note \"😀\"\nlet β, x : real\r\n");
    // x on line 2 is the 8th code point; β before it is one UTF-16 unit, so the same count
    assertThat(at.range(new Span(2, 8, 2, 8, 0, 0))).isEqualTo(new Range(new Position(1, 7), new Position(1, 8)));
    // the closing quote after an emoji (two UTF-16 units, one code point) on line 1
    assertThat(at.position(1, 8)).isEqualTo(new Position(0, 8));
    assertThat(at.column(new Position(0, 8))).isEqualTo(8);
    assertThat(Positions.line(new Position(1, 0))).isEqualTo(2);
  }

  @Test
  void anIncrementalChangeReplacesItsRange() {
    assertThat(Edits.apply("ab\ncd\n", new Range(new Position(1, 0), new Position(1, 1)), "XY")).isEqualTo(
        "ab\nXYd\n");
  }
}
