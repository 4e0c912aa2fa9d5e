package dev.stoker.dashboard;

import dev.stoker.monitoring.BulkChange;
import dev.stoker.monitoring.BulkChanges;
import gg.jte.TemplateEngine;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A bulk change's page: its progress, refreshed every second while it runs, and its cancel. */
final class BulkPage {

  private final BulkChanges changes;
  private final TemplateEngine templates;
  private final Problems problems;

  BulkPage(BulkChanges changes, TemplateEngine templates, Problems problems) {
    this.changes = changes;
    this.templates = templates;
    this.problems = problems;
  }

  void show(Exchange exchange, String id) throws IOException {
    Optional<BulkChange> change = find(id);
    if (change.isEmpty()) {
      problems.notFound(
          exchange,
          "There is no bulk change "
              + id
              + " in this process: it may have run on another instance, or before a restart.");
      return;
    }
    BulkChange found = change.get();
    exchange.render(
        templates,
        "bulk.jte",
        new Views.Bulk(
            exchange.page("Bulk change", "jobs"),
            found,
            FilterParameters.link(found.filter(), null, null),
            Instant.now()));
  }

  Optional<BulkChange> find(String id) {
    try {
      return changes.find(UUID.fromString(id));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}
