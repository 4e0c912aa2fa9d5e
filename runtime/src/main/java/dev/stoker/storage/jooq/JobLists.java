package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_BATCH;
import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_HISTORY;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.monitoring.BatchDetails;
import dev.stoker.monitoring.JobFilter;
import dev.stoker.monitoring.JobPage;
import dev.stoker.monitoring.JobSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Lists of jobs and batches, newest first, paged by key: each page starts after the id at the edge
 * of the one before (ids are time-ordered UUIDs), so no page counts or skips the rows before it.
 */
final class JobLists {

  private final DSLContext dsl;

  JobLists(DSLContext dsl) {
    this.dsl = dsl;
  }

  JobPage jobs(JobFilter filter) {
    var j = STOKER_JOB;
    Condition selected = selected(filter, dsl.dialect());
    boolean towardsNewer = filter.newerThan() != null;
    Condition edge =
        towardsNewer
            ? j.ID.gt(filter.newerThan().value())
            : filter.olderThan() == null ? DSL.noCondition() : j.ID.lt(filter.olderThan().value());
    List<Record> rows =
        new ArrayList<>(
            dsl.select(
                    j.ID,
                    j.NAME,
                    j.QUEUE,
                    j.STATE,
                    j.ARGUMENTS,
                    j.ATTEMPT,
                    j.CREATED_AT,
                    j.STATE_CHANGED_AT,
                    j.RUN_AT,
                    j.SERVER_ID,
                    j.BATCH_ID,
                    j.STARTED_AT,
                    j.SUCCESS_REASON)
                .from(j)
                .where(selected)
                .and(edge)
                .orderBy(towardsNewer ? j.ID.asc() : j.ID.desc())
                .limit(filter.limit() + 1)
                .fetch());
    boolean beyond = rows.size() > filter.limit();
    if (beyond) {
      rows.removeLast();
    }
    if (towardsNewer) {
      rows = rows.reversed();
    }
    List<JobSummary> jobs = summaries(rows);
    if (jobs.isEmpty()) {
      return new JobPage(jobs, null, null);
    }
    UUID newest = jobs.getFirst().id().value();
    UUID oldest = jobs.getLast().id().value();
    boolean older = towardsNewer ? any(selected.and(j.ID.lt(oldest)), j.ID.desc()) : beyond;
    boolean newer =
        towardsNewer
            ? beyond
            : filter.olderThan() != null && any(selected.and(j.ID.gt(newest)), j.ID.asc());
    return new JobPage(jobs, older ? new JobId(oldest) : null, newer ? new JobId(newest) : null);
  }

  /** The condition of the filter's jobs, whatever its page. */
  static Condition selected(JobFilter filter, SQLDialect dialect) {
    var j = STOKER_JOB;
    Condition condition = DSL.noCondition();
    if (filter.state() != null) {
      condition = condition.and(j.STATE.eq(filter.state().name()));
    }
    if (filter.name() != null) {
      condition = condition.and(j.NAME.eq(filter.name()));
    }
    if (filter.queue() != null) {
      condition = condition.and(j.QUEUE.eq(filter.queue()));
    }
    if (filter.batch() != null) {
      condition = condition.and(j.BATCH_ID.eq(filter.batch().value()));
    }
    if (filter.argument() != null) {
      condition = condition.and(ArgumentSearch.matching(filter.argument(), dialect));
    }
    if (filter.createdFrom() != null) {
      // An id begins with its creation time (taken with the id, within a second of it), or a
      // later one (a counter that ran on, a clock set back): the bound on the id holds for every
      // job of the range, and lets the primary key stop the scan where the range begins.
      condition =
          condition
              .and(j.CREATED_AT.ge(filter.createdFrom()))
              .and(j.ID.ge(firstIdAt(filter.createdFrom().minusSeconds(1))));
    }
    if (filter.createdBefore() != null) {
      condition = condition.and(j.CREATED_AT.lt(filter.createdBefore()));
    }
    return condition;
  }

  /** The smallest id of a job created in the millisecond of the time. */
  static UUID firstIdAt(Instant time) {
    return new UUID(time.toEpochMilli() << 16, 0);
  }

  /**
   * Whether a job meets the condition, looked for from the page's edge outwards: ordered by id, so
   * that PostgreSQL walks the primary key from there. A bare EXISTS may be planned as a sequential
   * scan from the table's oldest rows, which for a page deep in millions of jobs reads them all
   * before it finds the newer ones (seconds, once a connection's statement takes a generic plan).
   */
  private boolean any(Condition condition, SortField<UUID> outwards) {
    return dsl.selectOne().from(STOKER_JOB).where(condition).orderBy(outwards).limit(1).fetchOne()
        != null;
  }

  private List<JobSummary> summaries(List<Record> rows) {
    var j = STOKER_JOB;
    Map<UUID, String> reasons = lastReasons(rows.stream().map(row -> row.get(j.ID)).toList());
    return rows.stream()
        .map(
            row ->
                new JobSummary(
                    new JobId(row.get(j.ID)),
                    row.get(j.NAME),
                    row.get(j.QUEUE),
                    JobState.valueOf(row.get(j.STATE)),
                    row.get(j.ARGUMENTS).data(),
                    row.get(j.ATTEMPT),
                    row.get(j.CREATED_AT),
                    row.get(j.STATE_CHANGED_AT),
                    row.get(j.RUN_AT),
                    ImpliedStart.isRunning(row.get(j.STATE)) ? row.get(j.SERVER_ID) : null,
                    row.get(j.BATCH_ID) == null ? null : new BatchId(row.get(j.BATCH_ID)),
                    lastReason(row, reasons)))
        .toList();
  }

  private static String lastReason(Record row, Map<UUID, String> stored) {
    var j = STOKER_JOB;
    if (ImpliedStart.isRunning(row.get(j.STATE))) {
      // A running job's latest change is its attempt's start, whether stored or told by its row.
      return ImpliedStart.reason(row.get(j.ATTEMPT));
    }
    if (ImpliedSuccess.toldByRow(row.get(j.STATE), row.get(j.STARTED_AT))) {
      return row.get(j.SUCCESS_REASON);
    }
    // A job without a stored entry has only its creation, told by its row.
    return stored.getOrDefault(row.get(j.ID), ImpliedCreation.reason(row.get(j.BATCH_ID)));
  }

  /** The reason of each job's latest history entry: the page's jobs' history, in one query. */
  private Map<UUID, String> lastReasons(List<UUID> jobs) {
    Map<UUID, String> reasons = new HashMap<>();
    if (jobs.isEmpty()) {
      return reasons;
    }
    var h = STOKER_JOB_HISTORY;
    for (var row :
        dsl.select(h.JOB_ID, h.REASON)
            .from(h)
            .where(h.JOB_ID.eq(Ids.any(jobs)))
            .orderBy(h.JOB_ID, h.ID)) {
      reasons.put(row.value1(), row.value2());
    }
    return reasons;
  }

  List<BatchDetails> batches(BatchId olderThan, int limit) {
    var b = STOKER_BATCH;
    return dsl.selectFrom(b)
        .where(olderThan == null ? DSL.noCondition() : b.ID.lt(olderThan.value()))
        .orderBy(b.ID.desc())
        .limit(limit)
        .fetch(Batches::details);
  }
}
