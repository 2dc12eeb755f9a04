/**
 * Outputs of a check, for readers and for CI: {@link deriv.report.LatexReport} (a standalone article),
 * {@link deriv.report.MarkdownReport} (a Jekyll/MathJax post), {@link deriv.report.HtmlReport} (one self-contained
 * page with MathML and the derivation graph), {@link deriv.report.DerivationGraphs} (the graph alone, SVG or DOT, laid
 * out by the Eclipse Layout Kernel), {@link deriv.report.JunitXml}, {@link deriv.report.Sarif} and
 * {@link deriv.report.GithubAnnotations}. {@link deriv.report.MathPrinter}'s one walk over syntax-tree expressions
 * makes every typesetting decision once; its result is spelled as LaTeX (LaTeX, Markdown) or MathML (HTML).
 *
 * <p><b>Untrusted.</b> Nothing here decides whether a step holds: every verdict comes from the kernel, through
 * {@code deriv.check}, and this package only prints it. A bug here can make a report look wrong, never make a
 * false step pass; keep it that way (no calls into the kernel's provers, no verdicts made here). All user text
 * (titles, notes, names) is escaped for its output, so a derivation file cannot inject markup or commands.
 */
package deriv.report;
