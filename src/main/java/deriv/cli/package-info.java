/**
 * The edge: the {@code deriv} command line (picocli), reading input files, writing outputs, exit codes
 * (0 all established, 1 some step or goal not, 2 usage, unreadable, syntax or name error).
 *
 * <p>UNTRUSTED, and the only package that touches the file system: files are size-checked before they are read and
 * must be valid UTF-8; a file's text never names another file to read ({@code import} is refused). Tests call
 * {@link deriv.cli.Main#run} in-process.
 */
package deriv.cli;
