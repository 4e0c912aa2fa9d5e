package dev.stoker.dashboard;

import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.monitoring.JobCounts;
import dev.stoker.monitoring.Monitoring;
import dev.stoker.monitoring.ServerInfo;
import gg.jte.TemplateEngine;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The overview: jobs per state, the live graph, the queues and the servers at a glance. */
final class OverviewPage {

  private final Stoker stoker;
  private final TemplateEngine templates;

  OverviewPage(Stoker stoker, TemplateEngine templates) {
    this.stoker = stoker;
    this.templates = templates;
  }

  void show(Exchange exchange) throws IOException {
    Monitoring monitoring = stoker.monitoring();
    JobCounts counts = monitoring.counts();
    List<Views.StateCount> states =
        Arrays.stream(JobState.values())
            .map(state -> new Views.StateCount(state, counts.count(state)))
            .toList();
    List<ServerInfo> servers = monitoring.servers();
    long busy = monitoring.busyWorkers().values().stream().mapToLong(Long::longValue).sum();
    exchange.render(
        templates,
        "overview.jte",
        new Views.Overview(
            exchange.page("Overview", "overview"),
            states,
            monitoring.queues(),
            monitoring.unhandledJobs(),
            servers.size(),
            servers.stream().mapToInt(ServerInfo::workers).sum(),
            busy,
            Instant.now()));
  }
}
