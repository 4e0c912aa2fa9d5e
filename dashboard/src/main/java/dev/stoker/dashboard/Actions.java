package dev.stoker.dashboard;

import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.Stoker;
import dev.stoker.monitoring.BulkChange;
import dev.stoker.monitoring.BulkChanges;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The actions, each a POST: requeue and delete jobs (one, the selected ones, or all a filter
 * selects, as a bulk change with a cancel), trigger and remove recurring jobs, pause and resume
 * queues. Each is refused (403) unless the access permits it, the request comes from the
 * dashboard's own pages, and it carries the form token; each is recorded as done by the viewer. It
 * then leads back, with a 303, to the page it came from.
 */
final class Actions {

  private static final int MOST_JOBS_AT_ONCE = 500;

  /** Where an action may lead back to: a page of the dashboard, given relative to its root. */
  private static final Pattern BACK =
      Pattern.compile(
          "(jobs|queues|recurring|servers|batches)(/[0-9a-f-]{36})?(\\?[A-Za-z0-9=&%._~+-]*)?");

  @FunctionalInterface
  private interface JobAction {
    void apply(JobClient client, JobId id);
  }

  private final Stoker stoker;
  private final Problems problems;
  private final BulkChanges bulk;
  private final BulkPage bulkPage;

  Actions(Stoker stoker, Problems problems, BulkChanges bulk, BulkPage bulkPage) {
    this.stoker = stoker;
    this.problems = problems;
    this.bulk = bulk;
    this.bulkPage = bulkPage;
  }

  void post(Exchange exchange) throws IOException {
    String route = String.join("/", exchange.path());
    DashboardAction action =
        switch (route) {
          case "jobs/requeue" -> DashboardAction.REQUEUE_JOB;
          case "jobs/delete" -> DashboardAction.DELETE_JOB;
          case "jobs/bulk" ->
              "DELETE".equals(exchange.parameter("kind"))
                  ? DashboardAction.DELETE_JOB
                  : DashboardAction.REQUEUE_JOB;
          case "bulk/cancel" -> bulkAction(exchange);
          case "queues/pause" -> DashboardAction.PAUSE_QUEUE;
          case "queues/resume" -> DashboardAction.RESUME_QUEUE;
          case "recurring/trigger" -> DashboardAction.TRIGGER_RECURRING_JOB;
          case "recurring/remove" -> DashboardAction.REMOVE_RECURRING_JOB;
          default -> null;
        };
    if (action == null) {
      problems.notFound(
          exchange,
          route.equals("bulk/cancel")
              ? "There is no such bulk change in this process: it ended before a restart, or runs"
                  + " on another instance of the dashboard."
              : "There is no action at this address.");
      return;
    }
    if (!exchange.access.permits(action)) {
      problems.forbidden(exchange, "Your access to this dashboard does not permit this action.");
      return;
    }
    if (!SameOrigin.check(exchange.request) || !CsrfToken.matches(exchange.request)) {
      problems.forbidden(
          exchange,
          "This action did not come from a page of this dashboard (its origin or its form token"
              + " does not match): open the page again and retry.");
      return;
    }
    JobClient client = stoker.client().as(exchange.user());
    if (route.equals("jobs/bulk")) {
      startBulk(exchange, client);
      return;
    }
    if (route.equals("bulk/cancel")) {
      BulkChange change = bulkPage.find(required(exchange, "id")).orElseThrow();
      change.cancel();
      exchange.redirect("bulk/" + change.id());
      return;
    }
    switch (action) {
      case REQUEUE_JOB -> jobs(exchange, client, "requeued", JobClient::requeue);
      case DELETE_JOB -> jobs(exchange, client, "deleted", JobClient::delete);
      case PAUSE_QUEUE -> {
        client.pauseQueue(required(exchange, "queue"));
        done(exchange, "queues", "paused", 1, 0);
      }
      case RESUME_QUEUE -> {
        boolean resumed = client.resumeQueue(required(exchange, "queue"));
        done(exchange, "queues", "resumed", resumed ? 1 : 0, resumed ? 0 : 1);
      }
      case TRIGGER_RECURRING_JOB -> {
        client.recurringJobs().trigger(required(exchange, "id"));
        done(exchange, "recurring", "triggered", 1, 0);
      }
      case REMOVE_RECURRING_JOB -> {
        boolean removed = client.recurringJobs().remove(required(exchange, "id"));
        done(exchange, "recurring", "removed", removed ? 1 : 0, removed ? 0 : 1);
      }
    }
  }

  /**
   * Starts a bulk change of every job the posted filter selects, and leads to its progress. The
   * filter is the selection: no ids come from the browser.
   */
  private void startBulk(Exchange exchange, JobClient client) {
    BulkChange.Kind kind =
        switch (required(exchange, "kind")) {
          case "REQUEUE" -> BulkChange.Kind.REQUEUE;
          case "DELETE" -> BulkChange.Kind.DELETE;
          default -> throw new IllegalArgumentException("A bulk change requeues or deletes.");
        };
    BulkChange change = bulk.start(kind, FilterParameters.read(exchange), client, exchange.user());
    exchange.redirect("bulk/" + change.id());
  }

  /** Cancelling a bulk change takes the permission it was started with. */
  private DashboardAction bulkAction(Exchange exchange) {
    return bulkPage
        .find(String.valueOf(exchange.parameter("id")))
        .map(
            change ->
                change.kind() == BulkChange.Kind.DELETE
                    ? DashboardAction.DELETE_JOB
                    : DashboardAction.REQUEUE_JOB)
        .orElse(null);
  }

  private void jobs(Exchange exchange, JobClient client, String done, JobAction action) {
    String[] ids = exchange.request.getParameterValues("id");
    if (ids == null || ids.length == 0) {
      throw new IllegalArgumentException("Select at least one job.");
    }
    if (ids.length > MOST_JOBS_AT_ONCE) {
      throw new IllegalArgumentException(
          "Select at most " + MOST_JOBS_AT_ONCE + " jobs at once, not " + ids.length + ".");
    }
    int changed = 0;
    int refused = 0;
    for (String id : ids) {
      JobId job = JobId.parse(id);
      try {
        action.apply(client, job);
        changed++;
      } catch (IllegalStateException | IllegalArgumentException notInThatState) {
        refused++;
      }
    }
    done(exchange, "jobs", done, changed, refused);
  }

  private static void done(Exchange exchange, String back, String done, int ok, int failed) {
    String target = back(exchange, back);
    exchange.redirect(
        target + (target.contains("?") ? "&" : "?") + Notices.query(done, ok, failed));
  }

  private static String back(Exchange exchange, String fallback) {
    String back = exchange.parameter("back");
    return back != null && BACK.matcher(back).matches() ? back : fallback;
  }

  private static String required(Exchange exchange, String field) {
    String value = exchange.parameter(field);
    if (value == null) {
      throw new IllegalArgumentException("The form lacks its '" + field + "'.");
    }
    return value;
  }
}
