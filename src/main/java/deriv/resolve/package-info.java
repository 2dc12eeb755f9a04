/**
 * Name resolution: a derivation's syntax tree to kernel terms and a context (declared sets, conditions, families,
 * definitions), with every name checked against its declaration.
 *
 * <p>UNTRUSTED front end. It decides what the kernel is asked, never what the answer is: a mistake here can reject a
 * correct file or ask the wrong question, but a verdict comes only from {@code deriv.kernel}. Undeclared names and
 * calls (including Symja's {@code URLFetch}, {@code Print}, …) are errors, so nothing a file names reaches Symja as
 * anything but a fresh symbol. No I/O.
 */
package deriv.resolve;
