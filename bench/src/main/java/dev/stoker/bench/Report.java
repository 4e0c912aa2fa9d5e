package dev.stoker.bench;

import java.util.List;
import java.util.Optional;

/** The markdown the bench prints: the table per setting, the cost per job, the targets. */
final class Report {

  private final Results results;
  private final List<Target> targets;
  private final BenchOptions options;

  Report(Results results, List<Target> targets, BenchOptions options) {
    this.results = results;
    this.targets = targets;
    this.options = options;
  }

  /** Median (min–max) of the runs of every row and target, under one setting. */
  String table(Durability durability) {
    StringBuilder out = header("workload");
    for (Row row : Row.values()) {
      if (!measured(durability, row)) {
        continue;
      }
      out.append("| ").append(row.label(options));
      for (Target target : targets) {
        out.append(" | ").append(cell(new Results.Key(durability, row, target.name())));
      }
      out.append(" |\n");
    }
    return out.toString();
  }

  /**
   * What each job cost: the database's transactions, WAL fsyncs and WAL bytes, and the CPU of the
   * JVM and of PostgreSQL in microseconds (medians).
   */
  String costs(Durability durability) {
    StringBuilder out =
        header("per job: transactions · WAL fsyncs · WAL bytes · CPU µs, JVM + PostgreSQL");
    for (Row row : Row.values()) {
      if (!row.isRate() || !measured(durability, row)) {
        continue;
      }
      out.append("| ").append(row.label(options).replace(" (jobs/s)", ""));
      for (Target target : targets) {
        List<Cost> costs = results.costs(new Results.Key(durability, row, target.name()));
        out.append(" | ");
        if (costs.isEmpty()) {
          out.append("—");
        } else {
          out.append(
              "%.2f · %.2f · %,.0f · %.0f + %.0f"
                  .formatted(
                      Stats.median(costs.stream().map(Cost::transactions).toList()),
                      Stats.median(costs.stream().map(Cost::walSyncs).toList()),
                      Stats.median(costs.stream().map(Cost::walBytes).toList()),
                      Stats.median(costs.stream().map(Cost::jvmCpuMicros).toList()),
                      Stats.median(costs.stream().map(Cost::postgresCpuMicros).toList())));
        }
      }
      out.append(" |\n");
    }
    return out.toString();
  }

  /** Stoker against each target of the issue, from the medians under one setting. */
  String goals(
      Durability durability, Target stoker, Target raw, Target dbScheduler, Target jobRunr) {
    StringBuilder out =
        new StringBuilder("| target of the issue | Stoker | against | ratio | met? |\n");
    out.append("|---|---:|---:|---:|---|\n");
    ratioGoal(
        out,
        durability,
        "drain, 8 workers ≥ 2× db-scheduler",
        Row.DRAIN_8,
        stoker,
        dbScheduler,
        Row.DRAIN_8,
        2.0);
    ratioGoal(
        out,
        durability,
        "drain, 8 workers ≥ 5× JobRunr",
        Row.DRAIN_8,
        stoker,
        jobRunr,
        Row.DRAIN_8,
        5.0);
    ratioGoal(
        out,
        durability,
        "drain, 8 workers ≥ 60 % of the raw ceiling",
        Row.DRAIN_8,
        stoker,
        raw,
        Row.DRAIN_8,
        0.6);
    ratioGoal(
        out,
        durability,
        "single-call enqueue ≥ 70 % of the raw ceiling",
        Row.ENQUEUE_ONE_THREAD,
        stoker,
        raw,
        Row.ENQUEUE_ONE_THREAD,
        0.7);
    ratioGoal(
        out,
        durability,
        "bulk enqueue ≥ 2× db-scheduler",
        Row.ENQUEUE_BULK,
        stoker,
        dbScheduler,
        Row.ENQUEUE_BULK,
        2.0);
    limitGoal(out, durability, "pickup latency p50 ≤ 5 ms", Row.LATENCY_P50, stoker, 5);
    limitGoal(out, durability, "pickup latency p99 ≤ 20 ms", Row.LATENCY_P99, stoker, 20);
    ratioGoal(
        out,
        durability,
        "drain with %,d waiting ≥ 80 %% of with %,d"
            .formatted(options.largeBacklog(), options.smallBacklog()),
        Row.BACKLOG_LARGE,
        stoker,
        stoker,
        Row.BACKLOG_SMALL,
        0.8);
    return out.toString();
  }

  private void ratioGoal(
      StringBuilder out,
      Durability durability,
      String goal,
      Row row,
      Target stoker,
      Target other,
      Row otherRow,
      double wanted) {
    Optional<Double> ours = results.median(new Results.Key(durability, row, stoker.name()));
    Optional<Double> theirs = results.median(new Results.Key(durability, otherRow, other.name()));
    if (ours.isEmpty() || theirs.isEmpty()) {
      return;
    }
    double ratio = ours.get() / theirs.get();
    out.append(
        "| %s | %s | %s | %.2f× | %s |\n"
            .formatted(
                goal,
                format(row, ours.get()),
                format(otherRow, theirs.get()) + (other == stoker ? "" : " (" + other.name() + ")"),
                ratio,
                ratio >= wanted ? "met" : "**missed** (%.2f× wanted)".formatted(wanted)));
  }

  private void limitGoal(
      StringBuilder out, Durability durability, String goal, Row row, Target stoker, double limit) {
    Optional<Double> ours = results.median(new Results.Key(durability, row, stoker.name()));
    ours.ifPresent(
        value ->
            out.append(
                "| %s | %s ms | | | %s |\n"
                    .formatted(goal, format(row, value), value <= limit ? "met" : "**missed**")));
  }

  private StringBuilder header(String first) {
    StringBuilder out = new StringBuilder("| ").append(first);
    targets.forEach(target -> out.append(" | ").append(target.name()));
    out.append(" |\n|---");
    targets.forEach(target -> out.append("|---:"));
    return out.append("|\n");
  }

  private boolean measured(Durability durability, Row row) {
    return targets.stream()
        .map(target -> new Results.Key(durability, row, target.name()))
        .anyMatch(key -> !results.values(key).isEmpty() || results.failure(key).isPresent());
  }

  private String cell(Results.Key key) {
    List<Double> runs = results.values(key);
    Optional<String> failure = results.failure(key);
    if (runs.isEmpty()) {
      return failure.isPresent() ? "failed" : "—";
    }
    String median = format(key.row(), Stats.median(runs));
    String cell =
        runs.size() == 1
            ? median
            : "%s (%s–%s)"
                .formatted(
                    median, format(key.row(), Stats.min(runs)), format(key.row(), Stats.max(runs)));
    return failure.isPresent() ? cell + ", 1 run failed" : cell;
  }

  static String format(Row row, double value) {
    if (row.isRate() || value >= 100) {
      return "%,.0f".formatted(value);
    }
    return "%.1f".formatted(value);
  }
}
