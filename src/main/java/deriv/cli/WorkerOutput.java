package deriv.cli;

import deriv.kernel.Prover;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The process's standard streams as Symja sees them: whatever a thread deciding an obligation writes (Symja prints
 * some exceptions itself, unconditionally) is dropped; every other thread, deriv's own messages included, writes
 * through unchanged.
 */
final class WorkerOutput extends FilterOutputStream {
  private WorkerOutput(OutputStream real) {
    super(real);
  }

  /** {@code real}, silenced on the kernel's worker threads. */
  static PrintStream silencedOnWorkers(PrintStream real) {
    return new PrintStream(new WorkerOutput(real), true);
  }

  @Override
  public void write(int b) throws IOException {
    if (!Prover.onWorkerThread()) {
      out.write(b);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (!Prover.onWorkerThread()) {
      out.write(b, off, len);
    }
  }
}
