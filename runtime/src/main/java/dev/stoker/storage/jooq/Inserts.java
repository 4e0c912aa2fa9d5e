package dev.stoker.storage.jooq;

import dev.stoker.storage.NewJob;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Stores new jobs with their first history rows, through the database's statements, and hands the
 * continuations among them to {@link Continuations}.
 */
final class Inserts {

  private final DSLContext tx;
  private final Statements statements;

  Inserts(DSLContext tx, Statements statements) {
    this.tx = tx;
    this.statements = statements;
  }

  /** Stores the jobs; wakes the servers that listen, if {@code notifyServers}, at the commit. */
  void insert(List<NewJob> jobs, Instant now, boolean notifyServers) {
    statements.insert(tx, jobs, notifyServers);
    new Continuations(tx, statements)
        .add(jobs.stream().filter(job -> !job.parents().isEmpty()).toList(), now);
  }
}
