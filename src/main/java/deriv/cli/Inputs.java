package deriv.cli;

import deriv.cli.Sharding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files a run checks: named files, and every {@code *.deriv} below named folders, sorted by path. */
final class Inputs {
  /** Folders of deliberately broken derivations, skipped unless asked for. */
  static final String BROKEN = "broken";

  private Inputs() {}

  static List<Path> collect(List<Path> paths, boolean includeBroken) throws IOException {
    return collect(paths, includeBroken, Sharding.ALL);
  }

  /** Only the files of one shard: chosen by their path relative to the named folder (a named file: its path). */
  static List<Path> collect(List<Path> paths, boolean includeBroken, Sharding shard) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> f.toString().endsWith(".deriv") && Files.isRegularFile(f))
              .filter(f -> includeBroken || !underBroken(p.relativize(f)))
              .filter(f -> shard.contains(p.relativize(f)))
              .forEach(out::add);
        }
      } else if (shard.contains(p)) {
        out.add(p);
      }
    }
    return out.stream().map(Path::normalize).distinct().sorted().toList();
  }

  private static boolean underBroken(Path relative) {
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (relative.getName(i).toString().equals(BROKEN)) {
        return true;
      }
    }
    return false;
  }
}
