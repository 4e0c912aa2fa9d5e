package dev.stoker.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A target measured in a JVM of its own ({@link TargetProcess}), started with this JVM's options
 * and classpath on the bench's PostgreSQL server: its JIT compiles the driver, the pool and the
 * codec for it alone, as in a process that runs one job system, and the CPU counted is its own. The
 * JVM waits for a request on its standard input and answers with one line on its standard output;
 * every other line it prints is passed on.
 */
final class TargetJvm implements Measurer {

  /** What starts an answer line; the rest of the line is the answer. */
  static final String ANSWER = "@bench-answer ";

  private static final long ANSWER_WITHIN_MINUTES = 60;

  private final String name;
  private final Process process;
  private final PrintWriter requests;
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

  private TargetJvm(String name, Process process) {
    this.name = name;
    this.process = process;
    this.requests =
        new PrintWriter(process.outputWriter(StandardCharsets.UTF_8), /* autoFlush= */ true);
    Thread.ofPlatform().daemon().name(name + "-output").start(this::passOutputOn);
  }

  /**
   * Starts the JVM of the target named as in {@code --targets}; {@code number} keeps its database
   * names apart from the other processes'.
   */
  static TargetJvm start(String name, PostgresServer server, BenchOptions options, int number)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(TargetProcess.class.getName());
    command.add(name);
    command.add(server.dataDirectory().toString());
    command.add(Integer.toString(server.port()));
    command.add("bench_t" + number + "_");
    command.addAll(options.arguments());
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    return new TargetJvm(name, process);
  }

  /** This JVM's options (the heap's), but those the environment gives every JVM anyway. */
  private static List<String> jvmOptions() {
    String fromEnvironment = System.getenv().getOrDefault("JAVA_TOOL_OPTIONS", "");
    List<String> inherited = Arrays.asList(fromEnvironment.trim().split("\\s+"));
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(option -> !inherited.contains(option))
        .toList();
  }

  @Override
  public void warmUp() throws Exception {
    ask("warm-up");
  }

  @Override
  public Rate rate(Row row) throws Exception {
    String[] fields = ask("rate " + row.name()).split(" ");
    return new Rate(
        Double.parseDouble(fields[0]),
        new Cost(
            Double.parseDouble(fields[1]),
            Double.parseDouble(fields[2]),
            Double.parseDouble(fields[3]),
            Double.parseDouble(fields[4]),
            Double.parseDouble(fields[5])),
        Long.parseLong(fields[6]));
  }

  @Override
  public Latencies latency() throws Exception {
    String answer = ask("latency");
    return new Latencies(
        answer.isEmpty()
            ? new double[0]
            : Arrays.stream(answer.split(" ")).mapToDouble(Double::parseDouble).toArray());
  }

  /** The answer's words after "ok"; a failure the JVM reports, or its end, is thrown. */
  private String ask(String request) throws InterruptedException {
    if (!process.isAlive()) {
      throw new IllegalStateException(
          "The JVM of " + name + " has ended, exit code " + process.exitValue());
    }
    requests.println(request);
    String answer = answers.poll(ANSWER_WITHIN_MINUTES, TimeUnit.MINUTES);
    if (answer == null) {
      throw new IllegalStateException(
          "The JVM of " + name + " did not answer " + request + " within an hour");
    }
    if (answer.startsWith("ok")) {
      return answer.substring(2).strip();
    }
    throw new IllegalStateException(answer.substring(answer.indexOf(' ') + 1));
  }

  private void passOutputOn() {
    try (BufferedReader output = process.inputReader(StandardCharsets.UTF_8)) {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        if (line.startsWith(ANSWER)) {
          answers.add(line.substring(ANSWER.length()));
        } else {
          System.out.println(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      answers.add("failed The JVM of " + name + " ended.");
    }
  }

  /** Closes its standard input, which ends it, and waits for it. */
  @Override
  public void close() throws InterruptedException {
    requests.close();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  /** An answer line: "ok" and the words, or "failed" and what happened. */
  static String ok(String words) {
    return ANSWER + "ok " + words;
  }

  static String failed(Throwable e) {
    return ANSWER + "failed " + String.valueOf(e).replace('\n', ' ');
  }

  static String encode(Rate rate) {
    Cost cost = rate.cost();
    return ok(
        rate.perSecond()
            + " "
            + cost.transactions()
            + " "
            + cost.walSyncs()
            + " "
            + cost.walBytes()
            + " "
            + cost.jvmCpuMicros()
            + " "
            + cost.postgresCpuMicros()
            + " "
            + rate.jobs());
  }

  static String encode(Latencies latencies) {
    StringBuilder words = new StringBuilder();
    for (double millis : latencies.millis()) {
      words.append(words.isEmpty() ? "" : " ").append(millis);
    }
    return ok(words.toString());
  }
}
