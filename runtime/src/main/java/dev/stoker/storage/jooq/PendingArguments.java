package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.JobId;
import dev.stoker.JobState;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads the stored arguments of the jobs that have not ended, oldest first and a page at a time:
 * what a starting server checks against the code it runs, before those jobs run.
 */
public final class PendingArguments {

  /** The states of jobs that may still run. */
  private static final List<String> PENDING =
      List.of(
          JobState.SCHEDULED.name(),
          JobState.ENQUEUED.name(),
          JobState.AWAITING.name(),
          JobState.PROCESSING.name());

  /** One stored job, with its arguments as JSON. */
  public record Row(JobId id, String name, String arguments) {}

  private final DSLContext dsl;

  public PendingArguments(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * Up to {@code limit} jobs with one of the names that have not ended, oldest first, after the
   * given one (or from the first if null).
   */
  public List<Row> page(Collection<String> names, JobId after, int limit) {
    if (names.isEmpty()) {
      return List.of();
    }
    var j = STOKER_JOB;
    Condition afterLast = after == null ? DSL.noCondition() : j.ID.gt(after.value());
    return dsl.select(j.ID, j.NAME, j.ARGUMENTS)
        .from(j)
        .where(j.STATE.in(PENDING))
        .and(j.NAME.in(names))
        .and(afterLast)
        .orderBy(j.ID)
        .limit(limit)
        .fetch(row -> new Row(new JobId(row.value1()), row.value2(), row.value3().data()));
  }
}
