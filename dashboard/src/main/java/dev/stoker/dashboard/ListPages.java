package dev.stoker.dashboard;

import dev.stoker.BatchId;
import dev.stoker.Stoker;
import dev.stoker.monitoring.BatchDetails;
import dev.stoker.monitoring.Monitoring;
import gg.jte.TemplateEngine;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The queues, recurring jobs, servers and batches pages: one table each. */
final class ListPages {

  private static final int BATCHES_PER_PAGE = 50;

  private final Stoker stoker;
  private final TemplateEngine templates;
  private final ArgumentRedactor redactor;

  ListPages(Stoker stoker, TemplateEngine templates, ArgumentRedactor redactor) {
    this.stoker = stoker;
    this.templates = templates;
    this.redactor = redactor;
  }

  void queues(Exchange exchange) throws IOException {
    exchange.render(
        templates,
        "queues.jte",
        new Views.Queues(
            exchange.page("Queues", "queues"), stoker.monitoring().queues(), Instant.now()));
  }

  void recurring(Exchange exchange) throws IOException {
    List<Views.RecurringRow> rows =
        stoker.monitoring().recurringJobs().stream()
            .map(r -> new Views.RecurringRow(r, redactor.redact(r.jobName(), r.arguments())))
            .toList();
    exchange.render(
        templates,
        "recurring.jte",
        new Views.Recurring(exchange.page("Recurring jobs", "recurring"), rows, Instant.now()));
  }

  void servers(Exchange exchange) throws IOException {
    Monitoring monitoring = stoker.monitoring();
    Map<String, Long> busy = monitoring.busyWorkers();
    List<Views.ServerRow> rows =
        monitoring.servers().stream()
            .map(server -> new Views.ServerRow(server, busy.getOrDefault(server.id(), 0L)))
            .toList();
    exchange.render(
        templates,
        "servers.jte",
        new Views.Servers(exchange.page("Servers", "servers"), rows, Instant.now()));
  }

  void batches(Exchange exchange) throws IOException {
    String older = exchange.parameter("older");
    List<BatchDetails> batches =
        stoker
            .monitoring()
            .batches(older == null ? null : BatchId.parse(older), BATCHES_PER_PAGE + 1);
    BatchId next = null;
    if (batches.size() > BATCHES_PER_PAGE) {
      batches = batches.subList(0, BATCHES_PER_PAGE);
      next = batches.getLast().id();
    }
    exchange.render(
        templates,
        "batches.jte",
        new Views.Batches(exchange.page("Batches", "batches"), batches, next, Instant.now()));
  }
}
