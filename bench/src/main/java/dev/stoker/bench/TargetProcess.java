package dev.stoker.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

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
      long compiling = CpuTime.ofThisProcessCompilers();
      String answer = answer(measurements, request);
      System.out.printf(
          "  (%s, %s: the JIT compiler took %d ms of CPU)%n",
          target.name(), request, (CpuTime.ofThisProcessCompilers() - compiling) / 1_000_000);
      System.out.println(answer);
    }
    // The bench closed our input: it is done with this target.
    System.exit(0);
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
