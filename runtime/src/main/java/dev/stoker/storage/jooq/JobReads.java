package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_HISTORY;
import static org.jooq.impl.DSL.count;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.monitoring.ExceptionInfo;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobCounts;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.schema.tables.records.StokerJobHistoryRecord;
import dev.stoker.schema.tables.records.StokerJobRecord;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;

/** The queries behind the monitoring API. */
final class JobReads {

  private final DSLContext dsl;

  JobReads(DSLContext dsl) {
    this.dsl = dsl;
  }

  Optional<JobDetails> find(JobId id) {
    var j = STOKER_JOB;
    var h = STOKER_JOB_HISTORY;
    StokerJobRecord job = dsl.selectFrom(j).where(j.ID.eq(id.value())).fetchOne();
    if (job == null) {
      return Optional.empty();
    }
    List<StokerJobHistoryRecord> stored =
        dsl.selectFrom(h).where(h.JOB_ID.eq(id.value())).orderBy(h.ID).fetch();
    List<HistoryEntry> history =
        ImpliedCreation.withCreation(
            ImpliedSuccess.withSuccess(
                ImpliedStart.withStarts(stored, JobReads::toHistoryEntry, job),
                job.getState(),
                job.getStartedAt(),
                job.getStateChangedAt(),
                job.getSuccessReason(),
                job.getServerId(),
                job.getAttempt()),
            job.getCreatedAt(),
            job.getBatchId());
    return Optional.of(
        new JobDetails(
            id,
            job.getName(),
            job.getQueue(),
            job.getPriority(),
            JobState.valueOf(job.getState()),
            job.getArguments().data(),
            job.getAttempt(),
            job.getFailureCount(),
            job.getMaxRetries(),
            job.getRunAt(),
            job.getCreatedAt(),
            job.getStateChangedAt(),
            ImpliedStart.isRunning(job.getState()) ? job.getServerId() : null,
            job.getBatchId() == null ? null : new BatchId(job.getBatchId()),
            history));
  }

  private static HistoryEntry toHistoryEntry(StokerJobHistoryRecord row) {
    ExceptionInfo exception =
        row.getExceptionClass() == null
            ? null
            : new ExceptionInfo(
                row.getExceptionClass(), row.getExceptionMessage(), row.getStackTrace());
    return new HistoryEntry(
        row.getAt(),
        row.getFromState() == null ? null : JobState.valueOf(row.getFromState()),
        JobState.valueOf(row.getToState()),
        row.getReason(),
        row.getServerId(),
        row.getAttempt(),
        exception);
  }

  JobCounts counts() {
    var j = STOKER_JOB;
    Map<JobState, Long> byState = new EnumMap<>(JobState.class);
    for (JobState state : JobState.values()) {
      byState.put(state, 0L);
    }
    Map<String, Map<JobState, Long>> byQueue = new TreeMap<>();
    for (var row : dsl.select(j.QUEUE, j.STATE, count()).from(j).groupBy(j.QUEUE, j.STATE)) {
      JobState state = JobState.valueOf(row.value2());
      long count = row.value3();
      byState.merge(state, count, Long::sum);
      byQueue.computeIfAbsent(row.value1(), q -> new EnumMap<>(JobState.class)).put(state, count);
    }
    return new JobCounts(byState, byQueue);
  }
}
