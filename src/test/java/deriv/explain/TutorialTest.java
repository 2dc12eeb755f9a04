package deriv.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/tutorial.md does what it says: in document order, every ```deriv block that starts with {@code # NAME.deriv}
 * is saved as that file, and every {@code $ ./deriv …} line of a ```console block is run (file names in a scratch
 * folder) and must end with the exit code the doc states; the lines under it, up to the next command, must EQUAL what
 * it printed (standard output, then standard error), with only the scratch folder's path taken out. Run with
 * {@code -Dderiv.updateTutorial=true} to write the real outputs into the doc after a deliberate change.
 */
class TutorialTest {
  private static final Path DOC = Path.of("docs/tutorial.md");
  private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern EXIT = Pattern.compile("\\s+#\\s*exit code (\\d+)\\s*$");
  private static final Pattern FILE = Pattern.compile("[\\w.-]+\\.(deriv|json|md|tex|html|svg|dot)(:\\d+)?");

  @TempDir
  Path dir;

  private int commands;

  @Test
  void everyCommandOfTheTutorialPrintsExactlyWhatTheDocShows() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(doc);
    StringBuilder real = new StringBuilder();
    List<String> differences = new ArrayList<>();
    int copied = 0;
    while (m.find()) {
      if (m.group(1).equals("deriv")) {
        save(m.group(2));
      } else if (m.group(1).equals("console")) {
        real.append(doc, copied, m.start(2)).append(console(m.group(2), differences));
        copied = m.end(2);
      }
    }
    real.append(doc.substring(copied));
    if (Boolean.getBoolean("deriv.updateTutorial")) {
      Files.writeString(DOC, real.toString(), StandardCharsets.UTF_8);
      return;
    }
    assertThat(commands).as("commands run").isGreaterThanOrEqualTo(8);
    assertThat(differences).as("outputs that differ from docs/tutorial.md (update it with "
        + "-Dderiv.updateTutorial=true)").isEmpty();
    assertThat(doc).isEqualTo(real.toString());
  }

  private void save(String block) throws IOException {
    String first = block.lines().findFirst().orElse("");
    if (first.matches("# [\\w-]+\\.deriv")) {
      Files.writeString(dir.resolve(first.substring(2)), block, StandardCharsets.UTF_8);
    }
  }

  /** The block as it should read: each command followed by what it really printed; differences noted. */
  private String console(String block, List<String> differences) {
    List<String> lines = block.lines().toList();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("$ ./deriv ")) {
        out.append(line).append('\n');
        continue;
      }
      Matcher exit = EXIT.matcher(line);
      assertThat(exit.find()).as("the doc states the exit code of: " + line).isTrue();
      String command = line.substring("$ ./deriv ".length(), exit.start());
      Cli result = Cli.run(arguments(command));
      String printed = result.all().replace(dir + "/", "");
      assertThat(result.exitCode()).as(line + "\n" + printed).isEqualTo(Integer.parseInt(exit.group(1)));
      StringBuilder shown = new StringBuilder();
      int j = i + 1;
      for (; j < lines.size() && !lines.get(j).startsWith("$ "); j++) {
        shown.append(lines.get(j)).append('\n');
      }
      if (!shown.toString().equals(printed)) {
        differences.add(line + "\n--- the doc shows:\n" + shown + "--- it prints:\n" + printed);
      }
      out.append(line).append('\n').append(printed);
      i = j - 1;
      commands++;
    }
    return out.toString();
  }

  /** The command's words, with file names moved into the scratch folder. */
  private String[] arguments(String command) {
    List<String> out = new ArrayList<>();
    List<String> words = Arrays.asList(command.trim().split("\\s+"));
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      int eq = w.indexOf('=');
      if (k == 1 && words.get(0).equals("new") || FILE.matcher(w).matches()) {
        out.add(dir + "/" + w);
      } else if (eq > 0 && FILE.matcher(w.substring(eq + 1)).matches()) {
        out.add(w.substring(0, eq + 1) + dir + "/" + w.substring(eq + 1));
      } else {
        out.add(w);
      }
    }
    return out.toArray(String[]::new);
  }
}
