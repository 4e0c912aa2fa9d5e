package dev.stoker.dashboard;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.monitoring.BatchDetails;
import dev.stoker.monitoring.JobFilter;
import dev.stoker.monitoring.JobPage;
import gg.jte.TemplateEngine;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job list: by state (tabs), job name, queue and batch, newest first, paged by key. Every
 * filter and page is in the URL, so a view can be shared.
 */
final class JobListPage {

  private final Stoker stoker;
  private final TemplateEngine templates;
  private final ArgumentRedactor redactor;

  JobListPage(Stoker stoker, TemplateEngine templates, ArgumentRedactor redactor) {
    this.stoker = stoker;
    this.templates = templates;
    this.redactor = redactor;
  }

  void show(Exchange exchange) throws IOException {
    JobState state = state(exchange.parameter("state"));
    String name = exchange.parameter("name");
    String queue = exchange.parameter("queue");
    BatchId batchId = batch(exchange.parameter("batch"));
    JobFilter filter = JobFilter.all().withState(state).name(name).queue(queue).batch(batchId);
    String older = exchange.parameter("older");
    String newer = exchange.parameter("newer");
    JobFilter paged =
        older != null
            ? filter.olderThan(JobId.parse(older))
            : newer != null ? filter.newerThan(JobId.parse(newer)) : filter;
    JobPage page = stoker.monitoring().jobs(paged);
    BatchDetails batch = batchId == null ? null : stoker.monitoring().batch(batchId).orElse(null);
    List<Views.JobRow> rows =
        page.jobs().stream()
            .map(job -> new Views.JobRow(job, redactor.redact(job.name(), job.arguments())))
            .toList();
    String first = link(filter, null, null);
    exchange.render(
        templates,
        "jobs.jte",
        new Views.JobList(
            exchange.page(state == null ? "Jobs" : Formats.stateName(state) + " jobs", "jobs"),
            tabs(filter),
            state == null ? null : state.name(),
            filter.name(),
            filter.queue(),
            batch,
            rows,
            link(paged, older, newer),
            first,
            page.newer() == null ? null : link(filter, null, page.newer().toString()),
            page.older() == null ? null : link(filter, page.older().toString(), null),
            Instant.now()));
  }

  private static List<Views.Tab> tabs(JobFilter filter) {
    List<Views.Tab> tabs = new ArrayList<>();
    tabs.add(
        new Views.Tab("All", link(filter.withState(null), null, null), filter.state() == null));
    for (JobState state : JobState.values()) {
      tabs.add(
          new Views.Tab(
              Formats.stateName(state),
              link(filter.withState(state), null, null),
              state == filter.state()));
    }
    return tabs;
  }

  /** The list's URL, relative to the dashboard's root, with the filter and page in its query. */
  static String link(JobFilter filter, String older, String newer) {
    List<String> query = new ArrayList<>();
    if (filter.state() != null) {
      query.add("state=" + filter.state().name());
    }
    if (filter.name() != null) {
      query.add("name=" + Formats.url(filter.name()));
    }
    if (filter.queue() != null) {
      query.add("queue=" + Formats.url(filter.queue()));
    }
    if (filter.batch() != null) {
      query.add("batch=" + filter.batch());
    }
    if (older != null) {
      query.add("older=" + older);
    }
    if (newer != null) {
      query.add("newer=" + newer);
    }
    return query.isEmpty() ? "jobs" : "jobs?" + String.join("&", query);
  }

  private static JobState state(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JobState.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("There is no job state '" + text + "'");
    }
  }

  private static BatchId batch(String text) {
    return text == null ? null : BatchId.parse(text);
  }
}
