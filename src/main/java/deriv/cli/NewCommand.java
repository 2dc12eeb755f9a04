package deriv.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code deriv new NAME}: starts NAME.deriv from a commented template that checks as it is. */
@CommandLine.Command(name = "new", mixinStandardHelpOptions = true,
    description = "Create NAME.deriv from a commented template that teaches the language (never overwrites).",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:the file was created", "2:it exists already, or cannot be written"})
final class NewCommand implements Callable<Integer> {
  static final String TEMPLATE = "template.deriv";

  @CommandLine.Parameters(paramLabel = "NAME", description = "the new file: NAME.deriv (a path is allowed)")
  String name;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path file = Path.of(name.endsWith(".deriv") ? name : name + ".deriv");
    String base = file.getFileName().toString().replaceFirst("\\.deriv$", "");
    String text = template().replace("${file}", file.getFileName().toString())
        .replace("${name}", identifier(base));
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      spec.commandLine().getErr().println("deriv: " + file + " exists already; `deriv new` never overwrites a file");
      return Main.EXIT_USAGE;
    }
    spec.commandLine().getOut().println("created " + file + "; check it with: ./deriv check " + file);
    return 0;
  }

  /** A derivation name from a file name: letters, digits and _, starting with a letter. */
  static String identifier(String base) {
    String s = base.replaceAll("[^A-Za-z0-9_]", "_");
    return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "d_" + s : s;
  }

  static String template() throws IOException {
    try (InputStream in = NewCommand.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IOException("the template " + TEMPLATE + " is missing from deriv's jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
