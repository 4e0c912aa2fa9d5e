package dev.stoker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time spent so far, in nanoseconds: by this JVM (the target's clients and servers run here)
 * and by a PostgreSQL server, its postmaster and every process it started, those that ended
 * included. The machine's load moves it far less than it moves a rate.
 */
final class CpuTime {

  // Linux counts process times in clock ticks of 1/100 s (USER_HZ).
  private static final long NANOS_PER_TICK = 10_000_000L;

  private CpuTime() {}

  /** This JVM's CPU time, every thread's (the JIT's and the collector's included). */
  static long ofThisProcess() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * The server's CPU time: the postmaster's own and that of the backends it reaped (cutime,
   * cstime), and that of its processes still running. Zero where there is no {@code /proc}.
   */
  static long ofServer(long postmasterPid) {
    long[] postmaster = times(Path.of("/proc", Long.toString(postmasterPid), "stat"));
    if (postmaster == null) {
      return 0;
    }
    long ticks = postmaster[1] + postmaster[2] + postmaster[3] + postmaster[4];
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      ticks +=
          processes
              .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
              .map(p -> times(p.resolve("stat")))
              .filter(t -> t != null && t[0] == postmasterPid)
              .mapToLong(t -> t[1] + t[2])
              .sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ticks * NANOS_PER_TICK;
  }

  /**
   * The CPU time this JVM's threads took so far, by name with its numbers left out ({@code
   * ForkJoinPool-#-worker-#}: the virtual threads' carriers; {@code C# CompilerThre}: the JIT
   * compiler), as Linux shortens the names, to 15 characters. Threads that ended are not counted.
   */
  static Map<String, Long> ofThisProcessByThread() {
    Map<String, Long> nanos = new TreeMap<>();
    try (Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
      for (Path thread : threads.toList()) {
        String name;
        long[] times;
        try {
          name = Files.readString(thread.resolve("comm")).strip().replaceAll("[0-9]+", "#");
        } catch (IOException e) {
          continue; // ended meanwhile
        }
        times = times(thread.resolve("stat"));
        if (times != null) {
          nanos.merge(name, (times[1] + times[2]) * NANOS_PER_TICK, Long::sum);
        }
      }
    } catch (IOException e) {
      return Map.of(); // no /proc
    }
    return nanos;
  }

  /** The CPU time this JVM's JIT compiler threads took so far. */
  static long ofThisProcessCompilers() {
    return ofThisProcessByThread().entrySet().stream()
        .filter(thread -> thread.getKey().matches("C# Compiler.*"))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** Parent pid, utime, stime, cutime, cstime of a process; null once it is gone. */
  private static long[] times(Path stat) {
    String line;
    try {
      line = Files.readString(stat);
    } catch (IOException e) {
      return null; // gone, or ended while being read
    }
    // The command name, in parentheses, may hold spaces: the fields start after its last ')'.
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    // fields[0] is field 3 of proc(5): state; ppid is field 4, utime..cstime fields 14-17.
    return new long[] {
      Long.parseLong(fields[1]),
      Long.parseLong(fields[11]),
      Long.parseLong(fields[12]),
      Long.parseLong(fields[13]),
      Long.parseLong(fields[14])
    };
  }
}
