package dev.stoker.bench;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the bench: Stoker, JobRunr, db-scheduler and the raw JDBC ceiling through the same workloads
 * on one embedded PostgreSQL, durable settings first, and prints markdown tables of the median
 * (min–max) of the runs. Options: see {@link BenchOptions}.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    BenchOptions options = BenchOptions.parse(args);
    if (options.dashboardJobs() > 0) {
      dashboard(options);
      return;
    }
    long start = System.nanoTime();
    Map<String, Target> targetsByName = targets(options);
    List<Target> targets = List.copyOf(targetsByName.values());
    Results results = new Results();
    Report report = new Report(results, targets, options);
    StringBuilder markdown = new StringBuilder(Machine.describe(targets, options));
    System.out.println(markdown);
    try (PostgresServer server = PostgresServer.start(options.settings().getFirst());
        Runner runner = new Runner(server, results, options, targetsByName)) {
      for (Durability durability : options.settings()) {
        server.restart(durability, false);
        String settings =
            "### PostgreSQL, "
                + durability.label()
                + "\n\n```\n"
                + String.join("\n", server.settings())
                + "\n```\n";
        System.out.println(settings);
        markdown.append(settings).append('\n');
        for (int run = 1; run <= options.runs(); run++) {
          runner.run(durability, run);
        }
        String tables = tables(report, durability, targets);
        System.out.println(tables);
        markdown.append(tables);
      }
      if (options.runs("profile") && targets.stream().anyMatch(StokerTarget.class::isInstance)) {
        String profile = new StatementProfile(server, options).run(targets);
        System.out.println(profile);
        markdown.append(profile);
      }
    }
    String footer =
        "Whole bench: %.1f minutes, finished %s, load average then %s.%n"
            .formatted(
                Duration.ofNanos(System.nanoTime() - start).toMillis() / 60_000.0,
                Instant.now(),
                Machine.loadAverage());
    System.out.println(footer);
    markdown.append(footer);
    Files.createDirectories(options.out().toAbsolutePath().getParent());
    Files.writeString(options.out(), markdown);
    System.out.println("Tables written to " + options.out().toAbsolutePath());
    if (!results.failures().isEmpty()) {
      System.out.println(results.failures().size() + " measurements failed: see FAILED above.");
      System.exit(1);
    }
  }

  /** The dashboard workload alone: it needs its own large database, not the others' runs. */
  private static void dashboard(BenchOptions options) throws Exception {
    long start = System.nanoTime();
    String markdown;
    try (PostgresServer server = PostgresServer.start(Durability.DURABLE)) {
      markdown = new DashboardWorkload(server, options.dashboardJobs()).run();
    }
    markdown +=
        "Dashboard workload: %.1f minutes, finished %s, load average then %s.%n"
            .formatted(
                Duration.ofNanos(System.nanoTime() - start).toMillis() / 60_000.0,
                Instant.now(),
                Machine.loadAverage());
    System.out.println(markdown);
    Files.createDirectories(options.out().toAbsolutePath().getParent());
    Files.writeString(options.out(), markdown);
    System.out.println("Tables written to " + options.out().toAbsolutePath());
  }

  private static String tables(Report report, Durability durability, List<Target> targets) {
    StringBuilder out = new StringBuilder();
    out.append("### Results, ").append(durability.label()).append("\n\n");
    out.append("Median (min–max) of the runs; each run on a fresh database.\n\n");
    out.append(report.table(durability)).append('\n');
    out.append("What each job cost the database (medians): transactions (reads included), WAL")
        .append(" flushes to disk, bytes of WAL.\n\n");
    out.append(report.costs(durability)).append('\n');
    Target stoker = find(targets, StokerTarget.class);
    Target raw = find(targets, RawJdbcTarget.class);
    Target dbScheduler = find(targets, DbSchedulerTarget.class);
    Target jobRunr = find(targets, JobRunrTarget.class);
    if (stoker != null && raw != null && dbScheduler != null && jobRunr != null) {
      out.append("Stoker against the targets of issue 7, from the medians above:\n\n");
      out.append(report.goals(durability, stoker, raw, dbScheduler, jobRunr)).append('\n');
    }
    return out.toString();
  }

  private static Target find(List<Target> targets, Class<? extends Target> type) {
    return targets.stream().filter(type::isInstance).findFirst().orElse(null);
  }

  /** The targets asked for, by the names {@code --targets} takes, in the report's order. */
  private static Map<String, Target> targets(BenchOptions options) {
    Map<String, Target> targets = new LinkedHashMap<>();
    for (String name : BenchOptions.ALL_TARGETS) {
      if (options.targets().contains(name)) {
        targets.put(name, target(name));
      }
    }
    return targets;
  }

  /** The target named as in {@code --targets}. */
  static Target target(String name) {
    return switch (name) {
      case "raw" -> new RawJdbcTarget();
      case "stoker" -> new StokerTarget();
      case "stoker-observed" -> ObservedStokers.target();
      case "db-scheduler" -> new DbSchedulerTarget();
      case "jobrunr" -> new JobRunrTarget();
      default -> throw new IllegalStateException("No target named " + name);
    };
  }
}
