package dev.stoker.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What to run, from the command line ({@code -Dbench.args="..."} through Maven):
 *
 * <pre>
 * --quick                 one run, durable settings only, smaller counts: a check in ~4 minutes
 * --runs N                runs of each measurement (default 3); the table shows median (min–max)
 * --settings S            durable, defaults or both (default both, durable first)
 * --targets T,...         raw, stoker, stoker-observed, db-scheduler, jobrunr (default all
 *                         but stoker-observed: Stoker with Micrometer and OpenTelemetry on)
 * --workloads W,...       enqueue, bulk, drain, drain-keyed, latency, backlog, profile (default all)
 * --jobs N                jobs per single-call enqueue run (default 2,000)
 * --bulk-jobs N           jobs per bulk enqueue (default 10,000)
 * --drain-jobs N          jobs queued for each drain (default 20,000)
 * --drain-seconds N       a drain not done by then stops and counts what is done (default 6)
 * --backlog N             the large backlog (default 1,000,000; the small one is 10,000)
 * --latency-samples N     pickup latency samples per run (default 100)
 * --out FILE              also write the tables there (default target/bench-results.md)
 * --dashboard-jobs N      run only the dashboard workload, on N generated jobs (10,000,000 for
 *                         the figure), durable settings
 * --one-jvm               every target in this JVM, one after the other, rather than each in a
 *                         JVM of its own (one process for a profiler to attach to; the JIT then
 *                         compiles the shared code, the driver and the pool, for whichever
 *                         target ran first)
 * </pre>
 */
record BenchOptions(
    int runs,
    List<Durability> settings,
    Set<String> targets,
    Set<String> workloads,
    int enqueueJobs,
    int bulkJobs,
    int drainJobs,
    Duration drainCap,
    int smallBacklog,
    int largeBacklog,
    int latencySamples,
    Duration latencyWindow,
    Path out,
    int dashboardJobs,
    boolean oneJvm,
    List<String> arguments) {

  static final List<String> ALL_TARGETS =
      List.of("raw", "stoker", "stoker-observed", "db-scheduler", "jobrunr");
  static final List<String> ALL_WORKLOADS =
      List.of("enqueue", "bulk", "drain", "drain-keyed", "latency", "backlog", "profile");

  static BenchOptions parse(String... args) {
    int runs = 3;
    List<Durability> settings = List.of(Durability.DURABLE, Durability.ZONKY_DEFAULTS);
    Set<String> targets = new LinkedHashSet<>(ALL_TARGETS);
    targets.remove("stoker-observed"); // asked for by name, beside stoker
    Set<String> workloads = new LinkedHashSet<>(ALL_WORKLOADS);
    int enqueueJobs = 2_000;
    int bulkJobs = 10_000;
    int drainJobs = 20_000;
    int drainSeconds = 6;
    int largeBacklog = 1_000_000;
    int latencySamples = 100;
    Path out = Path.of("target", "bench-results.md");
    int dashboardJobs = 0;
    boolean oneJvm = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--quick" -> {
          runs = 1;
          settings = List.of(Durability.DURABLE);
          enqueueJobs = 1_000;
          bulkJobs = 5_000;
          drainJobs = 5_000;
          drainSeconds = 5;
          largeBacklog = 100_000;
          latencySamples = 40;
          workloads.remove("profile");
        }
        case "--runs" -> runs = positive(arg, args, ++i);
        case "--settings" -> settings = settings(value(arg, args, ++i));
        case "--targets" -> targets = names(arg, value(arg, args, ++i), ALL_TARGETS);
        case "--workloads" -> workloads = names(arg, value(arg, args, ++i), ALL_WORKLOADS);
        case "--jobs" -> enqueueJobs = positive(arg, args, ++i);
        case "--bulk-jobs" -> bulkJobs = positive(arg, args, ++i);
        case "--drain-jobs" -> drainJobs = positive(arg, args, ++i);
        case "--drain-seconds" -> drainSeconds = positive(arg, args, ++i);
        case "--backlog" -> largeBacklog = positive(arg, args, ++i);
        case "--latency-samples" -> latencySamples = positive(arg, args, ++i);
        case "--out" -> out = Path.of(value(arg, args, ++i));
        case "--dashboard-jobs" -> dashboardJobs = positive(arg, args, ++i);
        case "--one-jvm" -> oneJvm = true;
        default ->
            throw new IllegalArgumentException(
                "Unknown option " + arg + "; see BenchOptions for the options the bench takes.");
      }
    }
    return new BenchOptions(
        runs,
        settings,
        targets,
        workloads,
        enqueueJobs,
        bulkJobs,
        drainJobs,
        Duration.ofSeconds(drainSeconds),
        10_000,
        largeBacklog,
        latencySamples,
        Duration.ofSeconds(3),
        out,
        dashboardJobs,
        oneJvm,
        List.of(args));
  }

  boolean runs(String workload) {
    return workloads.contains(workload);
  }

  private static String value(String option, String[] args, int index) {
    if (index >= args.length || args[index].isBlank()) {
      throw new IllegalArgumentException("Option " + option + " needs a value.");
    }
    return args[index];
  }

  private static int positive(String option, String[] args, int index) {
    String text = value(option, args, index).replace(",", "").replace("_", "");
    try {
      int value = Integer.parseInt(text);
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new IllegalArgumentException(
        "Option " + option + " takes a positive whole number, not " + text + ".");
  }

  private static List<Durability> settings(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "durable" -> List.of(Durability.DURABLE);
      case "defaults" -> List.of(Durability.ZONKY_DEFAULTS);
      case "both" -> List.of(Durability.DURABLE, Durability.ZONKY_DEFAULTS);
      default ->
          throw new IllegalArgumentException(
              "--settings takes durable, defaults or both, not " + value + ".");
    };
  }

  private static Set<String> names(String option, String value, List<String> known) {
    List<String> given = new ArrayList<>(Arrays.asList(value.toLowerCase(Locale.ROOT).split(",")));
    given.replaceAll(String::strip);
    for (String name : given) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            option + " takes some of " + String.join(", ", known) + "; " + name + " is not one.");
      }
    }
    return new LinkedHashSet<>(given);
  }
}
