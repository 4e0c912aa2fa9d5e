package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.storage.NewJob;
import java.util.List;
import java.util.function.Function;
import org.jooq.Field;

/**
 * The columns a new job is stored with and the value of each, in this order by every insert: one
 * row of values per job, or one array per column. Its trace context goes to a row of its own, in
 * {@code stoker_job_trace}, written only for a job that has one.
 */
final class NewJobColumns {

  /** One column: the field, its PostgreSQL type for an array of its values, and the value. */
  record Column(Field<?> field, String postgresType, Function<NewJob, Object> value) {}

  static final List<Column> ALL =
      List.of(
          new Column(STOKER_JOB.ID, "uuid", job -> job.id().value()),
          new Column(STOKER_JOB.NAME, "varchar", NewJob::name),
          new Column(STOKER_JOB.QUEUE, "varchar", NewJob::queue),
          new Column(STOKER_JOB.PRIORITY, "int4", NewJob::priority),
          new Column(STOKER_JOB.STATE, "varchar", job -> job.state().name()),
          new Column(STOKER_JOB.ARGUMENTS, "varchar", NewJob::arguments),
          new Column(STOKER_JOB.MAX_RETRIES, "int4", NewJob::maxRetries),
          new Column(STOKER_JOB.RUN_AT, "timestamptz", NewJob::runAt),
          new Column(STOKER_JOB.CREATED_AT, "timestamptz", NewJob::createdAt),
          new Column(STOKER_JOB.STATE_CHANGED_AT, "timestamptz", NewJob::createdAt),
          new Column(
              STOKER_JOB.BATCH_ID, "uuid", job -> job.batch() == null ? null : job.batch().value()),
          new Column(STOKER_JOB.CONTINUATION, "varchar", NewJobColumns::continuation),
          new Column(STOKER_JOB.CONCURRENCY_KEY, "varchar", job -> job.gates().concurrencyKey()),
          new Column(
              STOKER_JOB.CONCURRENCY_LIMIT,
              "int4",
              job -> job.gates().concurrencyKey() == null ? null : job.gates().concurrencyLimit()),
          new Column(STOKER_JOB.RATE_KEY, "varchar", job -> job.gates().rateKey()),
          new Column(
              STOKER_JOB.RATE_LIMIT,
              "int4",
              job -> job.gates().rateKey() == null ? null : job.gates().rateLimit()),
          new Column(
              STOKER_JOB.RATE_PERIOD_MS,
              "int8",
              job -> job.gates().rateKey() == null ? null : job.gates().ratePeriod().toMillis()));

  static final List<Field<?>> FIELDS = ALL.stream().<Field<?>>map(Column::field).toList();

  private NewJobColumns() {}

  /** How a job waits for its parents, if it has any. */
  private static String continuation(NewJob job) {
    if (job.parents().isEmpty()) {
      return null;
    }
    return job.parents().anyOutcome() ? Continuations.ON_ANY_END : Continuations.ON_SUCCESS;
  }
}
