package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB_PROGRESS;

import dev.stoker.JobId;
import dev.stoker.monitoring.JobProgress;
import dev.stoker.storage.ProgressReport;
import dev.stoker.storage.ProgressStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Progress and log lines in {@code stoker_job_progress}, one row per job that reported any. */
public final class JooqProgressStore implements ProgressStore {

  /** Separates the stored lines; a line itself never holds one (see the server's JobReport). */
  private static final String NEWLINE = "\n";

  private final DSLContext dsl;

  public JooqProgressStore(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void save(List<ProgressReport> reports, Instant at) {
    if (reports.isEmpty()) {
      return;
    }
    var p = STOKER_JOB_PROGRESS;
    dsl.transaction(
        configuration -> {
          DSLContext tx = configuration.dsl();
          for (ProgressReport report : reports) {
            String lines = String.join(NEWLINE, report.lines());
            tx.insertInto(p)
                .set(p.JOB_ID, report.job().value())
                .set(p.ATTEMPT, report.attempt())
                .set(p.DONE, report.done())
                .set(p.TOTAL, report.total())
                .set(p.LOG_LINES, lines)
                .set(p.DROPPED_LINES, report.droppedLines())
                .set(p.UPDATED_AT, at)
                .onConflict(p.JOB_ID)
                .doUpdate()
                .set(p.ATTEMPT, report.attempt())
                .set(p.DONE, report.done())
                .set(p.TOTAL, report.total())
                .set(p.LOG_LINES, lines)
                .set(p.DROPPED_LINES, report.droppedLines())
                .set(p.UPDATED_AT, at)
                // A server given up for dead must not write over the attempt that replaced it.
                .where(p.ATTEMPT.le(DSL.val(report.attempt())))
                .execute();
          }
        });
  }

  @Override
  public Optional<JobProgress> find(JobId job) {
    var p = STOKER_JOB_PROGRESS;
    return dsl.selectFrom(p)
        .where(p.JOB_ID.eq(job.value()))
        .fetchOptional(
            row ->
                new JobProgress(
                    job,
                    row.getAttempt(),
                    row.getDone(),
                    row.getTotal(),
                    row.getLogLines().isEmpty()
                        ? List.of()
                        : Arrays.asList(row.getLogLines().split(NEWLINE, -1)),
                    row.getDroppedLines(),
                    row.getUpdatedAt()));
  }
}
