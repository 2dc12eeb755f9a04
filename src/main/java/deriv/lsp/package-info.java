/**
 * {@code deriv lsp}: a Language Server Protocol server (Eclipse LSP4J) over standard input/output, so that editors
 * show each step's verdict as the author types (docs/editors.md).
 *
 * <p>UNTRUSTED output code, like deriv.report and deriv.cli: it asks deriv.check for results (the same checker, the
 * same budgets and the same verdict cache as {@code deriv check}) and turns them into editor messages. It never
 * decides a step itself and reads no file: the command line hands it the import loader and the verdict cache
 * (ArchitectureTest keeps the kernel and the front end from depending on it, and it from reaching the kernel
 * except through deriv.check's results).
 */
package deriv.lsp;
