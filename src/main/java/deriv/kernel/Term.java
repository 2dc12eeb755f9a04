package deriv.kernel;

/**
 * A kernel expression: the only form in which mathematics reaches the trusted kernel.
 *
 * <p>Terms are immutable and built by the front end from the syntax tree. Subtraction and division do not exist
 * here: {@code a - b} is {@code a + (-1)*b} and {@code a / b} is {@code a * b^-1}, so that rules match one form.
 */
public sealed interface Term permits Num, Var, Op, Apply, Index, BigOp, Integral, DefiniteIntegral {}
