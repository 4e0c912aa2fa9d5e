package dev.stoker.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@link WorkerProcess}es: separate JVMs on this one's classpath, their output in files
 * under {@code target/worker-processes}.
 */
public final class WorkerProcesses implements AutoCloseable {

  private final List<Process> started = new ArrayList<>();

  /** Starts a worker process on the database at the JDBC URL. */
  public Process start(String jdbcUrl) {
    String java = ProcessHandle.current().info().command().orElseThrow();
    try {
      Path logs = Files.createDirectories(Path.of("target", "worker-processes"));
      Process process =
          new ProcessBuilder(
                  java,
                  // Quick to start, small: the machine runs several at once.
                  "-XX:TieredStopAtLevel=1",
                  "-XX:+UseSerialGC",
                  "-Xmx256m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  WorkerProcess.class.getName(),
                  jdbcUrl)
              .redirectErrorStream(true)
              .redirectOutput(logs.resolve("worker-" + System.nanoTime() + ".log").toFile())
              .start();
      started.add(process);
      return process;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start a worker process", e);
    }
  }

  /** Kills every process still alive. */
  @Override
  public void close() {
    started.forEach(Process::destroyForcibly);
  }
}
