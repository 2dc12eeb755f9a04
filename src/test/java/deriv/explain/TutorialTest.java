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
 * folder) and must end with the exit code the doc states; the output lines the doc shows must be printed.
 */
class TutorialTest {
  private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern EXIT = Pattern.compile("\\s+#\\s*exit code (\\d+)\\s*$");
  private static final Pattern FILE = Pattern.compile("[\\w.-]+\\.(deriv|json|md|tex|html|svg|dot)(:\\d+)?");

  @TempDir
  Path dir;

  @Test
  void everyCommandOfTheTutorialDoesWhatTheDocSays() throws IOException {
    String doc = Files.readString(Path.of("docs/tutorial.md"), StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(doc);
    int commands = 0;
    while (m.find()) {
      if (m.group(1).equals("deriv")) {
        save(m.group(2));
      } else if (m.group(1).equals("console")) {
        commands += console(m.group(2));
      }
    }
    assertThat(commands).as("commands run").isGreaterThanOrEqualTo(8);
  }

  private void save(String block) throws IOException {
    String first = block.lines().findFirst().orElse("");
    if (first.matches("# [\\w-]+\\.deriv")) {
      Files.writeString(dir.resolve(first.substring(2)), block, StandardCharsets.UTF_8);
    }
  }

  private int console(String block) {
    List<String> lines = block.lines().toList();
    int run = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("$ ./deriv ")) {
        continue;
      }
      Matcher exit = EXIT.matcher(line);
      assertThat(exit.find()).as("the doc states the exit code of: " + line).isTrue();
      String command = line.substring("$ ./deriv ".length(), exit.start());
      Cli result = Cli.run(arguments(command));
      String printed = result.all().replace(dir + "/", "");
      assertThat(result.exitCode()).as(line + "\n" + printed).isEqualTo(Integer.parseInt(exit.group(1)));
      for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ "); j++) {
        assertThat(printed.lines().map(String::strip)).as(line + " prints").contains(lines.get(j).strip());
      }
      run++;
    }
    return run;
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
