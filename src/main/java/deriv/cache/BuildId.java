package deriv.cache;

import deriv.check.Checker;
import deriv.check.Decider;
import deriv.check.FileResult;
import deriv.check.Obligation;
import deriv.check.Options;
import deriv.check.SourceLoader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Which deriv and which Symja decide: part of every cache key, so a rebuilt kernel (a fixed rule, another Symja)
 * never reads verdicts of the old one. deriv's part is a hash of its own jar (or, in tests, of its class files).
 */
final class BuildId {
  private static String current;

  private BuildId() {}

  static synchronized String current() throws IOException {
    if (current == null) {
      current = "deriv " + fingerprint() + "; symja " + symjaLocation();
    }
    return current;
  }

  private static String fingerprint() throws IOException {
    CodeSource source = BuildId.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      throw new IOException("cannot tell which build of deriv is running");
    }
    try {
      Path p = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(p)) {
        return HexFormat.of().formatHex(ObligationKey.sha256(Files.readAllBytes(p)));
      }
      StringBuilder all = new StringBuilder();
      try (Stream<Path> walk = Files.walk(p)) {
        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
          all.append(p.relativize(f)).append(':')
              .append(HexFormat.of().formatHex(ObligationKey.sha256(Files.readAllBytes(f)))).append(';');
        }
      }
      return HexFormat.of().formatHex(ObligationKey.sha256(all.toString().getBytes()));
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate deriv's classes", e);
    }
  }

  /** Where Symja's classes come from (its jar's name carries the version), without loading Symja. */
  private static String symjaLocation() {
    URL u = ClassLoader.getSystemResource("org/matheclipse/core/expression/F.class");
    return u == null ? "unknown" : u.toString().replaceAll("!.*", "");
  }
}
