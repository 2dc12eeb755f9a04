package deriv.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code check --watch}: notices when a {@code .deriv} file in the watched folders is saved. The folders of named
 * files and every folder below named folders are watched (folders created later are not).
 */
final class Watch implements Closeable {
  /** Editors save in several writes: events this close together are one change. */
  private static final Duration SETTLE = Duration.ofMillis(150);

  private final WatchService service;

  Watch(List<Path> paths) throws IOException {
    service = FileSystems.getDefault().newWatchService();
    Set<Path> folders = new LinkedHashSet<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isDirectory).forEach(folders::add);
        }
      } else {
        Path parent = p.toAbsolutePath().getParent();
        folders.add(parent);
      }
    }
    for (Path f : folders) {
      f.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    }
  }

  /** Waits up to {@code timeout} for a saved {@code .deriv} file; true if one was saved. */
  boolean awaitChange(Duration timeout) throws InterruptedException {
    WatchKey key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    boolean changed = false;
    while (key != null) {
      changed |= touchesDeriv(key);
      key.reset();
      key = service.poll(SETTLE.toMillis(), TimeUnit.MILLISECONDS);
    }
    return changed;
  }

  private static boolean touchesDeriv(WatchKey key) {
    boolean found = false;
    for (WatchEvent<?> e : key.pollEvents()) {
      found |= e.context() instanceof Path p && p.toString().endsWith(".deriv");
    }
    return found;
  }

  /** Re-runs {@code recheck} after each change, until the thread is interrupted (or the process ends). */
  void forever(Runnable recheck) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        if (awaitChange(Duration.ofHours(1))) {
          recheck.run();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
