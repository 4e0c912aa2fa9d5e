package dev.stoker.dashboard;

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

/**
 * The job list: by state (tabs), job name, queue, batch, an argument's value and creation time,
 * newest first, paged by key, with how many match: the rows themselves on a list of one page, else
 * counted when a person asks (see {@link Matches}). Every filter and page is in the URL, so a view
 * can be shared.
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
    JobFilter filter = FilterParameters.read(exchange);
    JobState state = filter.state();
    String older = exchange.parameter("older");
    String newer = exchange.parameter("newer");
    JobFilter paged =
        older != null
            ? filter.olderThan(JobId.parse(older))
            : newer != null ? filter.newerThan(JobId.parse(newer)) : filter;
    JobPage page = stoker.monitoring().jobs(paged);
    BatchDetails batch =
        filter.batch() == null ? null : stoker.monitoring().batch(filter.batch()).orElse(null);
    List<Views.JobRow> rows =
        page.jobs().stream()
            .map(job -> new Views.JobRow(job, redactor.redact(job.name(), job.arguments())))
            .toList();
    // The count is outside the live parts: a refresh of them does not count again.
    boolean countAsked = exchange.parameter("count") != null && !exchange.liveRefresh();
    Matches matches = Matches.of(stoker.monitoring(), filter, page, countAsked);
    String self = FilterParameters.link(paged, older, newer);
    String first = FilterParameters.link(filter, null, null);
    exchange.render(
        templates,
        "jobs.jte",
        new Views.JobList(
            exchange.page(state == null ? "Jobs" : Formats.stateName(state) + " jobs", "jobs"),
            tabs(filter),
            state == null ? null : state.name(),
            filter.name(),
            filter.queue(),
            filter.argument() == null ? null : filter.argument().toString(),
            FilterParameters.minute(filter.createdFrom()),
            FilterParameters.minute(filter.createdBefore()),
            batch,
            rows,
            matches,
            self + (self.contains("?") ? "&" : "?") + "count=1",
            self,
            first,
            page.newer() == null
                ? null
                : FilterParameters.link(filter, null, page.newer().toString()),
            page.older() == null
                ? null
                : FilterParameters.link(filter, page.older().toString(), null),
            Instant.now()));
  }

  private static List<Views.Tab> tabs(JobFilter filter) {
    List<Views.Tab> tabs = new ArrayList<>();
    tabs.add(
        new Views.Tab(
            "All",
            FilterParameters.link(filter.withState(null), null, null),
            filter.state() == null));
    for (JobState state : JobState.values()) {
      tabs.add(
          new Views.Tab(
              Formats.stateName(state),
              FilterParameters.link(filter.withState(state), null, null),
              state == filter.state()));
    }
    return tabs;
  }
}
