/**
 * The front end: {@code .deriv} text to an immutable syntax tree ({@link deriv.syntax.Ast}) with source spans.
 *
 * <p>UNTRUSTED and facing untrusted input. {@link deriv.syntax.Parsing#parse} never throws on any text: every
 * problem, including too deep nesting, too long operator chains and too large files, becomes a
 * {@link deriv.syntax.Diagnostic}. This package depends on no other deriv package (enforced by ArchitectureTest) and
 * does no I/O. Nothing it produces is a verdict.
 */
package deriv.syntax;
