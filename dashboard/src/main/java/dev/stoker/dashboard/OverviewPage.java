package dev.stoker.dashboard;

import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.monitoring.Monitoring;
import dev.stoker.monitoring.QueueInfo;
import dev.stoker.monitoring.Refreshed;
import dev.stoker.monitoring.ServerInfo;
import dev.stoker.monitoring.StateCounts;
import dev.stoker.monitoring.UnhandledJobs;
import gg.jte.TemplateEngine;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The overview: jobs per state (cut at a bound), the live graph, the hourly and daily history of
 * ended jobs, the queues and the servers at a glance.
 */
final class OverviewPage {

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MMM d, HH:00 'UTC'");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d 'UTC'");

  /** How old the counts, queues and servers may be: the live parts refresh every few seconds. */
  private static final Duration SNAPSHOT_AGE = Duration.ofSeconds(2);

  /** How old the hourly and daily graphs may be. */
  private static final Duration CHARTS_AGE = Duration.ofSeconds(10);

  private final Stoker stoker;
  private final TemplateEngine templates;
  private final Refreshed<Snapshot> snapshot = new Refreshed<>(SNAPSHOT_AGE, this::read);
  private final Refreshed<Charts> charts = new Refreshed<>(CHARTS_AGE, this::charts);

  OverviewPage(Stoker stoker, TemplateEngine templates) {
    this.stoker = stoker;
    this.templates = templates;
  }

  /** The counts of ended jobs, from the statistics the servers write: they outlive the jobs. */
  private static HistoryChart history(
      Monitoring monitoring,
      Duration step,
      int spans,
      String id,
      String title,
      DateTimeFormatter label) {
    Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
    if (step.equals(Duration.ofDays(1))) {
      end = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(step);
    }
    Instant start = end.minus(step.multipliedBy(spans));
    return HistoryChart.of(id, title, monitoring.ended(start, end, step), label, Instant.now());
  }

  /** What the overview reads from the database, shared by every request for a while. */
  private record Snapshot(
      List<Views.StateCount> states,
      List<QueueInfo> queues,
      List<UnhandledJobs> unhandled,
      int servers,
      int workers,
      long busy) {}

  /** The two graphs of ended jobs, read as one. */
  private record Charts(HistoryChart hourly, HistoryChart daily) {}

  private Snapshot read() {
    Monitoring monitoring = stoker.monitoring();
    StateCounts counts = monitoring.stateCounts();
    List<Views.StateCount> states =
        Arrays.stream(JobState.values())
            .map(state -> new Views.StateCount(state, counts.text(state)))
            .toList();
    List<ServerInfo> servers = monitoring.servers();
    return new Snapshot(
        states,
        monitoring.queues(),
        monitoring.unhandledJobs(),
        servers.size(),
        servers.stream().mapToInt(ServerInfo::workers).sum(),
        monitoring.busyWorkers().values().stream().mapToLong(Long::longValue).sum());
  }

  private Charts charts() {
    Monitoring monitoring = stoker.monitoring();
    return new Charts(
        history(monitoring, Duration.ofHours(1), 24, "history-hourly", "Last 24 hours", HOUR),
        history(monitoring, Duration.ofDays(1), 30, "history-daily", "Last 30 days", DAY));
  }

  void show(Exchange exchange) throws IOException {
    Snapshot snapshot = this.snapshot.get();
    Charts charts = this.charts.get();
    exchange.render(
        templates,
        "overview.jte",
        new Views.Overview(
            exchange.page("Overview", "overview"),
            snapshot.states(),
            snapshot.queues(),
            snapshot.unhandled(),
            snapshot.servers(),
            snapshot.workers(),
            snapshot.busy(),
            charts.hourly(),
            charts.daily(),
            Instant.now()));
  }
}
