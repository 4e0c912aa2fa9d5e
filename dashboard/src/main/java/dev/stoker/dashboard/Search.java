package dev.stoker.dashboard;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.Stoker;
import java.util.regex.Pattern;

/**
 * The search box: a job's id leads to its page, a batch's id to its jobs, and anything else to the
 * jobs of that name.
 */
final class Search {

  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final Stoker stoker;

  Search(Stoker stoker) {
    this.stoker = stoker;
  }

  void find(Exchange exchange) {
    String query = exchange.parameter("q");
    if (query == null) {
      exchange.redirect("jobs");
    } else if (UUID.matcher(query).matches()) {
      JobId job = JobId.parse(query);
      boolean isBatch =
          stoker.monitoring().job(job).isEmpty()
              && stoker.monitoring().batch(BatchId.parse(query)).isPresent();
      exchange.redirect(isBatch ? "jobs?batch=" + query.toLowerCase() : "jobs/" + job);
    } else {
      exchange.redirect("jobs?name=" + Formats.url(query));
    }
  }
}
