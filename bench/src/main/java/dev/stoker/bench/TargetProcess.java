package dev.stoker.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JVM of one target ({@link TargetJvm} starts it): measures what its standard input asks for,
 * one request a line, and answers each with one line. Arguments: the target's name as in {@code
 * --targets}, the server's data directory and port, the prefix of its database names, then the
 * bench's own arguments.
 */
final class TargetProcess {

  private TargetProcess() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    Target target = BenchMain.target(args[0]);
    PostgresServer server =
        PostgresServer.attach(Path.of(args[1]), Integer.parseInt(args[2]), args[3]);
    BenchOptions options = BenchOptions.parse(Arrays.copyOfRange(args, 4, args.length));
    Measurements measurements = new Measurements(target, server, options);
    BufferedReader requests =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String request = requests.readLine(); request != null; request = requests.readLine()) {
      Map<String, Long> before = CpuTime.ofThisProcessByThread();
      LocalTime start = LocalTime.now();
      String answer = answer(measurements, request);
      System.out.printf(
          "  (%s, %s, %s-%s: CPU by thread, ms: %s)%n",
          target.name(),
          request,
          start,
          LocalTime.now(),
          busiest(before, CpuTime.ofThisProcessByThread()));
      System.out.println(answer);
    }
    // The bench closed our input: it is done with this target.
    System.exit(0);
  }

  /** The threads that took the most CPU between the two counts, in ms: where a run's CPU went. */
  private static String busiest(Map<String, Long> before, Map<String, Long> after) {
    return after.entrySet().stream()
        .map(
            e ->
                Map.entry(
                    e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1_000_000))
        .filter(e -> e.getValue() >= 10)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(6)
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String answer(Measurements measurements, String request) {
    try {
      String[] words = request.split(" ");
      return switch (words[0]) {
        case "warm-up" -> {
          measurements.warmUp();
          yield TargetJvm.ok("");
        }
        case "rate" -> TargetJvm.encode(measurements.rate(Row.valueOf(words[1])));
        case "latency" -> TargetJvm.encode(measurements.latency());
        default -> throw new IllegalArgumentException("No such request: " + request);
      };
    } catch (Exception | AssertionError e) {
      e.printStackTrace(System.out);
      return TargetJvm.failed(e);
    }
  }
}
