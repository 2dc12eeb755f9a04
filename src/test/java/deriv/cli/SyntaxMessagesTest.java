package deriv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import deriv.syntax.Diagnostic;
import deriv.syntax.Parsing;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 13: one message per bad character or token, in deriv's words. No ANTLR phrase ("extraneous input",
 * "mismatched input", "expecting {…}") and no second error at the same place.
 */
class SyntaxMessagesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      let a€ : real      | 3:6 unexpected character '€': not part of deriv's syntax (names are letters, digits, _ and subscripts; operators + - * / ^ = < >)
      claim c: a = = a   | 3:14 unexpected '=' here: expected an expression (a claim is `claim NAME: a = b = c`, each `= …` optionally `by RULE`)
      claim c a = a      | 3:9 missing ':' before 'a' (a claim is `claim NAME: a = b = c`, each `= …` optionally `by RULE`)
      claim c: (a + 1 = a | 3:17 missing ')' before '=' (a claim is `claim NAME: a = b = c`, each `= …` optionally `by RULE`)
      clam c: a = a      | 3:1 unexpected 'clam' here: expected the next statement (let, def, postulate, claim, goal, …), a new derivation or the end of the file
      let b : real where b = 0 | 3:14 unexpected 'where' here: expected the next statement (let, def, postulate, claim, goal, …), a new derivation or the end of the file
      let b : real, b >  | 4:1 unexpected 'goal' here: expected an expression (a condition is an inequality after a comma: `let x : real, x > 0`)
      claim c: 2 a = a   | 3:12 missing operator before 'a': multiplication is always written with '*' (write '2*a')
      claim c: a*a = 2 a*a | 3:18 missing operator before 'a': multiplication is always written with '*' (write '2*a')
      claim c: a = a + a a | 3:20 missing operator before 'a': multiplication is always written with '*' (write 'a*a')
      """)
  void oneMessageInDerivsWords(String line, String expected) {
    assertThat(messages(line)).containsExactly(expected);
  }

  @org.junit.jupiter.api.Test
  void eachBadCharacterOnALineIsNamedOnce() {
    assertThat(messages("claim c: a€ = a$")).containsExactly(
        "3:11 unexpected character '€': not part of deriv's syntax (names are letters, digits, _ and subscripts; "
            + "operators + - * / ^ = < >)",
        "3:16 unexpected character '$': not part of deriv's syntax (names are letters, digits, _ and subscripts; "
            + "operators + - * / ^ = < >)");
  }

  private static List<String> messages(String line) {
    String text = "derivation d \"D\"\nlet a : real\n" + line + "\ngoal a = a\n";
    List<Diagnostic> ds = Parsing.parse("t.deriv", text).diagnostics();
    return ds.stream().map(d -> d.span().line() + ":" + d.span().column() + " " + d.message()).toList();
  }
}
