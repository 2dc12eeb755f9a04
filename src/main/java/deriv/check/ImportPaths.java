package deriv.check;

/**
 * Where an {@code import "…"} may point: a relative path to a {@code .deriv} file at or below the importing file's
 * folder. No absolute paths, no {@code ..}: a derivation from a pull request must not read arbitrary files.
 */
final class ImportPaths {
  private ImportPaths() {}

  /** The path to load, or null when the import's path is not allowed (see {@link #problem}). */
  static String resolve(String importingFile, String target) {
    if (problem(target) != null) {
      return null;
    }
    int slash = importingFile.lastIndexOf('/');
    return slash < 0 ? target : importingFile.substring(0, slash + 1) + target;
  }

  static String problem(String target) {
    if (!target.endsWith(".deriv")) {
      return "an import names a .deriv file";
    }
    if (target.startsWith("/") || target.contains("\\") || target.contains(":")) {
      return "an import names a file relative to this one, not an absolute path";
    }
    for (String part : target.split("/")) {
      if (part.equals("..") || part.equals(".") || part.isEmpty()) {
        return "an import may not leave this file's folder (no '..', '.' or empty parts)";
      }
    }
    return null;
  }
}
