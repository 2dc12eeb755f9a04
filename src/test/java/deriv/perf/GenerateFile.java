package deriv.perf;

/** Prints a generated derivation file of the given number of steps (all true), for bench/run.sh. */
public final class GenerateFile {
  private GenerateFile() {}

  public static void main(String[] args) {
    System.out.print(Generated.file(Integer.parseInt(args[0]), 7, 0));
  }
}
