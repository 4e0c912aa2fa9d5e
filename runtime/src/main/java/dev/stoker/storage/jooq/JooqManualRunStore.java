package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_DEPENDENCY;
import static org.jooq.impl.DSL.min;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.schema.tables.records.StokerJobDependencyRecord;
import dev.stoker.schema.tables.records.StokerJobRecord;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.ManualRunStore;
import dev.stoker.testing.StoredJob;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The jobs of a Stoker that runs them on request, in PostgreSQL or H2, through jOOQ. */
public final class JooqManualRunStore implements ManualRunStore {

  private static final String SCHEDULED = JobState.SCHEDULED.name();

  private final DSLContext dsl;

  public JooqManualRunStore(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public List<StoredJob> jobs(Set<JobState> states) {
    var j = STOKER_JOB;
    var d = STOKER_JOB_DEPENDENCY;
    Condition inStates =
        states.isEmpty()
            ? DSL.trueCondition()
            : j.STATE.in(states.stream().map(JobState::name).toList());
    return dsl.transactionResult(
        tx -> {
          List<StokerJobRecord> rows = tx.dsl().selectFrom(j).where(inStates).orderBy(j.ID).fetch();
          Map<UUID, List<StokerJobDependencyRecord>> parents =
              tx
                  .dsl()
                  .selectFrom(d)
                  .where(d.JOB_ID.in(tx.dsl().select(j.ID).from(j).where(inStates)))
                  .orderBy(d.JOB_ID, d.PARENT_ID)
                  .fetch()
                  .stream()
                  .collect(Collectors.groupingBy(StokerJobDependencyRecord::getJobId));
          return rows.stream()
              .map(row -> storedJob(row, parents.getOrDefault(row.getId(), List.of())))
              .toList();
        });
  }

  private static StoredJob storedJob(StokerJobRecord row, List<StokerJobDependencyRecord> parents) {
    return new StoredJob(
        new JobId(row.getId()),
        row.getName(),
        row.getQueue(),
        row.getPriority(),
        JobState.valueOf(row.getState()),
        row.getArguments().data(),
        row.getAttempt(),
        row.getRunAt(),
        row.getCreatedAt(),
        row.getBatchId() == null ? null : new BatchId(row.getBatchId()),
        parents.stream()
            .filter(parent -> !parent.getParentIsBatch())
            .map(parent -> new JobId(parent.getParentId()))
            .toList(),
        parents.stream()
            .filter(StokerJobDependencyRecord::getParentIsBatch)
            .map(parent -> new BatchId(parent.getParentId()))
            .toList());
  }

  @Override
  public boolean enqueueNow(JobId id, Instant now) {
    var j = STOKER_JOB;
    return dsl.transactionResult(
        tx -> {
          StokerJobRecord moved =
              tx.dsl()
                  .update(j)
                  .set(StateChange.DUE.sets(now))
                  .set(j.RUN_AT, now)
                  .where(j.ID.eq(id.value()))
                  .and(StateChange.DUE.isFrom())
                  .returning(j.ID, j.ATTEMPT)
                  .fetchOne();
          if (moved == null) {
            return false;
          }
          new HistoryRows()
              .add(
                  StateChange.DUE.row(
                      id, moved.getAttempt(), now, "Run now, before its start time", null))
              .insert(tx.dsl());
          return true;
        });
  }

  @Override
  public Optional<ClaimedJob> claim(JobId id, String serverId, Instant now) {
    var j = STOKER_JOB;
    // The attempt's start is written by the row that ends it (see ImpliedStart).
    return dsl.transactionResult(
        tx -> {
          var claimed =
              tx.dsl()
                  .fetchOptional(
                      ClaimSql.update(
                          j.ID.eq(id.value()).and(StateChange.CLAIM.isFrom()),
                          DSL.val(serverId),
                          DSL.val(now)));
          if (claimed.isEmpty()) {
            return Optional.empty();
          }
          String traceContext =
              ClaimSql.traceContexts(tx.dsl(), List.of(id.value())).get(id.value());
          return Optional.of(ClaimSql.Claimed.of(ClaimSql.row(claimed.get()), traceContext).job());
        });
  }

  @Override
  public Optional<Instant> nextRunAt(Collection<String> queues) {
    var j = STOKER_JOB;
    return Optional.ofNullable(
        dsl.select(min(j.RUN_AT))
            .from(j)
            .where(j.STATE.eq(SCHEDULED))
            .and(j.QUEUE.in(queues))
            .fetchOne(0, Instant.class));
  }
}
