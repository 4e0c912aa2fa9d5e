package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_RECURRING_JOB;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.recurring.FirePlan;
import dev.stoker.recurring.FireSkips;
import dev.stoker.recurring.RecurringJobRow;
import dev.stoker.recurring.RecurringSource;
import dev.stoker.recurring.RecurringStore;
import dev.stoker.storage.JobGates;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/** The recurring jobs in PostgreSQL or H2, through jOOQ, each write in its own transaction. */
public final class JooqRecurringStore implements RecurringStore {

  private static final int MAX_SAVE_ATTEMPTS = 3;

  private final DSLContext dsl;
  private final Statements statements;
  private final Function<RecurringJobRow, JobGates> gates;

  /** A store whose recurring jobs create jobs without limits. */
  public JooqRecurringStore(DSLContext dsl) {
    this(dsl, row -> JobGates.NONE);
  }

  /**
   * @param gates the limits of the jobs a recurring job creates, from the definitions of the jobs
   *     this process knows
   */
  public JooqRecurringStore(DSLContext dsl, Function<RecurringJobRow, JobGates> gates) {
    this.dsl = dsl;
    this.statements = Statements.of(dsl.dialect());
    this.gates = gates;
  }

  @Override
  public Optional<RecurringJobRow> save(
      String id, Function<Optional<RecurringJobRow>, RecurringJobRow> change) {
    for (int attempt = 1; ; attempt++) {
      try {
        return dsl.transactionResult(
            tx -> {
              RecurringRows rows = new RecurringRows(tx.dsl());
              Optional<RecurringJobRow> existing = rows.findForUpdate(id);
              if (existing.isPresent()) {
                rows.update(change.apply(existing));
              } else {
                rows.insert(change.apply(Optional.empty()));
              }
              return existing;
            });
      } catch (IntegrityConstraintViolationException addedMeanwhile) {
        // Another server added it since this one looked (servers starting together): change
        // theirs, in a new transaction, which sees it.
        if (attempt == MAX_SAVE_ATTEMPTS) {
          throw addedMeanwhile;
        }
      }
    }
  }

  @Override
  public boolean delete(String id) {
    var r = STOKER_RECURRING_JOB;
    return dsl.deleteFrom(r).where(r.ID.eq(id)).execute() == 1;
  }

  @Override
  public List<String> deleteAnnotatedExcept(Collection<String> kept) {
    var r = STOKER_RECURRING_JOB;
    return dsl.transactionResult(
        tx -> {
          List<String> gone =
              tx.dsl()
                  .select(r.ID)
                  .from(r)
                  .where(r.SOURCE.eq(RecurringSource.ANNOTATION.name()))
                  .and(kept.isEmpty() ? DSL.trueCondition() : r.ID.notIn(kept))
                  .forUpdate()
                  .fetch(r.ID);
          if (!gone.isEmpty()) {
            tx.dsl().deleteFrom(r).where(r.ID.in(gone)).execute();
          }
          return gone;
        });
  }

  @Override
  public Optional<RecurringJobRow> find(String id) {
    var r = STOKER_RECURRING_JOB;
    return dsl.selectFrom(r).where(r.ID.eq(id)).fetchOptional(RecurringRows::toRow);
  }

  @Override
  public List<RecurringJobRow> all() {
    var r = STOKER_RECURRING_JOB;
    return dsl.selectFrom(r).orderBy(r.ID).fetch(RecurringRows::toRow);
  }

  @Override
  public FireSkips skips(String id) {
    var r = STOKER_RECURRING_JOB;
    return dsl.select(r.SKIPPED_FIRES, r.LAST_SKIPPED_AT, r.LAST_SKIPPED_JOB_ID)
        .from(r)
        .where(r.ID.eq(id))
        .fetchOptional(
            row ->
                new FireSkips(
                    row.value1(),
                    row.value2(),
                    row.value3() == null ? null : new JobId(row.value3())))
        .orElse(FireSkips.NONE);
  }

  @Override
  public Optional<JobState> stateOf(JobId job) {
    var j = STOKER_JOB;
    return dsl.select(j.STATE)
        .from(j)
        .where(j.ID.eq(job.value()))
        .fetchOptional(j.STATE)
        .map(JobState::valueOf);
  }

  @Override
  public int fireDue(
      Instant now,
      int limit,
      BiFunction<RecurringJobRow, Instant, FirePlan> planner,
      Supplier<JobId> newIds) {
    return dsl.transactionResult(
        tx -> new Fires(tx.dsl(), statements, gates).fireDue(now, limit, planner, newIds));
  }

  @Override
  public Optional<JobId> trigger(String id, Instant now, JobId newId) {
    return dsl.transactionResult(
        tx -> new Fires(tx.dsl(), statements, gates).trigger(id, now, newId));
  }

  @Override
  public Optional<JobId> trigger(String id, Instant now, JobId newId, String actor) {
    String reason = "Triggered by " + actor + " from recurring job '" + id + "'";
    return dsl.transactionResult(
        tx -> new Fires(tx.dsl(), statements, gates).trigger(id, now, newId, reason));
  }
}
