package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.monitoring.JobCounts;
import dev.stoker.monitoring.JobDetails;
import dev.stoker.schema.tables.records.StokerJobRecord;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.NewJob;
import dev.stoker.storage.Outcome;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep10;
import org.jooq.JSONB;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.Select;

/** The jobs, their history and their counts in PostgreSQL or H2, through jOOQ. */
public final class JooqJobStore implements JobStore {

  private static final String PROCESSING = JobState.PROCESSING.name();
  private static final String ENQUEUED = JobState.ENQUEUED.name();
  private static final String SCHEDULED = JobState.SCHEDULED.name();

  private final DSLContext dsl;
  private final boolean ownsTransactions;
  private final JobReads reads;

  private JooqJobStore(DSLContext dsl, boolean ownsTransactions) {
    this.dsl = dsl;
    this.ownsTransactions = ownsTransactions;
    this.reads = new JobReads(dsl);
  }

  /** A store that opens its own transactions on the context's connections. */
  public static JobStore owningTransactions(DSLContext dsl) {
    return new JooqJobStore(dsl, true);
  }

  /**
   * A store that writes within the caller's transaction, already open on the context: it never
   * commits or rolls back itself.
   */
  public static JobStore inCallersTransaction(DSLContext transaction) {
    return new JooqJobStore(transaction, false);
  }

  @Override
  public <T> T inTransaction(Function<JobStore, T> work) {
    if (!ownsTransactions) {
      return work.apply(this);
    }
    return dsl.transactionResult(tx -> work.apply(new JooqJobStore(tx.dsl(), false)));
  }

  @Override
  public void insert(List<NewJob> jobs) {
    if (jobs.isEmpty()) {
      return;
    }
    inTransaction(
        store -> {
          ((JooqJobStore) store).insertRows(jobs);
          return null;
        });
  }

  private void insertRows(List<NewJob> jobs) {
    var j = STOKER_JOB;
    InsertValuesStep10<
            StokerJobRecord,
            java.util.UUID,
            String,
            String,
            Integer,
            String,
            JSONB,
            Integer,
            Instant,
            Instant,
            Instant>
        insert =
            dsl.insertInto(
                j,
                j.ID,
                j.NAME,
                j.QUEUE,
                j.PRIORITY,
                j.STATE,
                j.ARGUMENTS,
                j.MAX_RETRIES,
                j.RUN_AT,
                j.CREATED_AT,
                j.STATE_CHANGED_AT);
    HistoryRows history = new HistoryRows();
    for (NewJob job : jobs) {
      insert =
          insert.values(
              job.id().value(),
              job.name(),
              job.queue(),
              job.priority(),
              job.state().name(),
              JSONB.valueOf(job.arguments()),
              job.maxRetries(),
              job.runAt(),
              job.createdAt(),
              job.createdAt());
      history.add(job.id(), job.createdAt(), null, job.state(), job.reason(), null, 0, null);
    }
    insert.execute();
    history.insert(dsl);
  }

  @Override
  public int enqueueDueJobs(Instant now, int limit) {
    var j = STOKER_JOB;
    Select<Record1<java.util.UUID>> due =
        dsl.select(j.ID)
            .from(j)
            .where(j.STATE.eq(SCHEDULED))
            .and(j.RUN_AT.le(now))
            .orderBy(j.RUN_AT)
            .limit(limit)
            .forUpdate()
            .skipLocked();
    return dsl.transactionResult(
        tx -> {
          Result<StokerJobRecord> enqueued =
              tx.dsl()
                  .update(j)
                  .set(j.STATE, ENQUEUED)
                  .set(j.STATE_CHANGED_AT, now)
                  .where(j.ID.in(due))
                  .and(j.STATE.eq(SCHEDULED))
                  .returning(j.ID, j.ATTEMPT)
                  .fetch();
          HistoryRows history = new HistoryRows();
          for (StokerJobRecord job : enqueued) {
            history.add(
                new JobId(job.getId()),
                now,
                JobState.SCHEDULED,
                JobState.ENQUEUED,
                "Its start time came",
                null,
                job.getAttempt(),
                null);
          }
          history.insert(tx.dsl());
          return enqueued.size();
        });
  }

  @Override
  public List<ClaimedJob> claim(String serverId, String queue, int limit, Instant now) {
    var j = STOKER_JOB;
    Select<Record1<java.util.UUID>> ready =
        dsl.select(j.ID)
            .from(j)
            .where(j.STATE.eq(ENQUEUED))
            .and(j.QUEUE.eq(queue))
            .orderBy(j.PRIORITY.desc(), j.ID)
            .limit(limit)
            .forUpdate()
            .skipLocked();
    return dsl.transactionResult(
        tx -> {
          Result<StokerJobRecord> claimed =
              tx.dsl()
                  .update(j)
                  .set(j.STATE, PROCESSING)
                  .set(j.ATTEMPT, j.ATTEMPT.plus(1))
                  .set(j.SERVER_ID, serverId)
                  .set(j.STATE_CHANGED_AT, now)
                  .where(j.ID.in(ready))
                  .and(j.STATE.eq(ENQUEUED))
                  .returning(
                      j.ID,
                      j.NAME,
                      j.QUEUE,
                      j.ARGUMENTS,
                      j.ATTEMPT,
                      j.FAILURE_COUNT,
                      j.MAX_RETRIES,
                      j.PRIORITY)
                  .fetch();
          HistoryRows history = new HistoryRows();
          List<ClaimedJob> jobs =
              claimed.stream()
                  .sorted(
                      Comparator.comparing(StokerJobRecord::getPriority)
                          .reversed()
                          .thenComparing(StokerJobRecord::getId))
                  .map(JooqJobStore::toClaimedJob)
                  .toList();
          for (ClaimedJob job : jobs) {
            history.add(
                job.id(),
                now,
                JobState.ENQUEUED,
                JobState.PROCESSING,
                "Started, attempt " + job.attempt(),
                serverId,
                job.attempt(),
                null);
          }
          history.insert(tx.dsl());
          return jobs;
        });
  }

  private static ClaimedJob toClaimedJob(StokerJobRecord row) {
    return new ClaimedJob(
        new JobId(row.getId()),
        row.getName(),
        row.getQueue(),
        row.getArguments().data(),
        row.getAttempt(),
        row.getFailureCount(),
        row.getMaxRetries());
  }

  @Override
  public boolean complete(ClaimedJob job, Outcome outcome, String serverId, Instant now) {
    var j = STOKER_JOB;
    return inTransaction(
        store -> {
          DSLContext tx = ((JooqJobStore) store).dsl;
          var update =
              tx.update(j)
                  .set(j.STATE, outcome.state().name())
                  .set(j.STATE_CHANGED_AT, now)
                  .setNull(j.SERVER_ID);
          var exception =
              switch (outcome) {
                case Outcome.Retrying retrying -> {
                  update =
                      update
                          .set(j.RUN_AT, retrying.runAt())
                          .set(j.FAILURE_COUNT, j.FAILURE_COUNT.plus(1));
                  yield retrying.exception();
                }
                case Outcome.Failed failed -> {
                  update = update.set(j.FAILURE_COUNT, j.FAILURE_COUNT.plus(1));
                  yield failed.exception();
                }
                case Outcome.HandedBack handedBack -> {
                  update = update.set(j.RUN_AT, now);
                  yield null;
                }
                case Outcome.Succeeded succeeded -> null;
              };
          int changed =
              update
                  .where(j.ID.eq(job.id().value()))
                  .and(j.STATE.eq(PROCESSING))
                  .and(j.ATTEMPT.eq(job.attempt()))
                  .execute();
          if (changed == 0) {
            return false;
          }
          new HistoryRows()
              .add(
                  job.id(),
                  now,
                  JobState.PROCESSING,
                  outcome.state(),
                  outcome.reason(),
                  serverId,
                  job.attempt(),
                  exception)
              .insert(tx);
          return true;
        });
  }

  @Override
  public void requeue(JobId id, Instant now) {
    changeByPerson(id, JobState.ENQUEUED, "Requeued", now);
  }

  @Override
  public void delete(JobId id, Instant now) {
    changeByPerson(id, JobState.DELETED, "Deleted", now);
  }

  /** A change a person asks for: checked against the state machine, under the row's lock. */
  private void changeByPerson(JobId id, JobState target, String reason, Instant now) {
    var j = STOKER_JOB;
    inTransaction(
        store -> {
          DSLContext tx = ((JooqJobStore) store).dsl;
          StokerJobRecord job =
              tx.selectFrom(j).where(j.ID.eq(id.value())).forUpdate().fetchOptional().orElse(null);
          if (job == null) {
            throw new IllegalArgumentException("There is no job " + id);
          }
          JobState from = JobState.valueOf(job.getState());
          from.checkChangeTo(target, id);
          var update =
              tx.update(j)
                  .set(j.STATE, target.name())
                  .set(j.STATE_CHANGED_AT, now)
                  .setNull(j.SERVER_ID);
          if (target == JobState.ENQUEUED) {
            update = update.set(j.FAILURE_COUNT, 0).set(j.RUN_AT, now);
          }
          update.where(j.ID.eq(id.value())).execute();
          new HistoryRows()
              .add(id, now, from, target, reason, null, job.getAttempt(), null)
              .insert(tx);
          return null;
        });
  }

  @Override
  public Optional<JobDetails> find(JobId id) {
    return reads.find(id);
  }

  @Override
  public JobCounts counts() {
    return reads.counts();
  }
}
