package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_TRACE;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.val;

import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.NewJob;
import dev.stoker.storage.Notifications;
import dev.stoker.storage.Outcome;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.ParseNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The statements jOOQ writes for any database it knows, a few per change: multi-row inserts of a
 * bounded size, a claim that locks the ready jobs' ids before it marks them, successes recorded one
 * by one under their fences. What needs several processes to agree (one server migrating, one
 * sweeping) it keeps within this JVM: the database they serve, H2 in memory, lives in one process.
 * They also run on PostgreSQL, where the tests compare what they leave with what PostgreSQL's own
 * statements leave.
 */
final class PortableStatements implements Statements {

  private static final int ROWS_PER_STATEMENT = 1000;
  private static final ReentrantLock SWEEP_LOCK = new ReentrantLock();
  private static final Object MIGRATION_LOCK = new Object();

  private final SQLDialect dialect;
  private final PreparedSql countBatch;

  PortableStatements(SQLDialect dialect) {
    this.dialect = dialect;
    this.countBatch = Batches.countStatement(dialect);
  }

  @Override
  public SQLDialect dialect() {
    return dialect;
  }

  @Override
  public List<Integer> supportedMajorVersions() {
    return List.of();
  }

  @Override
  public boolean insertsInOneStatement(List<NewJob> jobs) {
    return false;
  }

  @Override
  public void insert(DSLContext tx, List<NewJob> jobs, boolean notifyServers) {
    for (int from = 0; from < jobs.size(); from += ROWS_PER_STATEMENT) {
      insertRows(tx, jobs.subList(from, Math.min(jobs.size(), from + ROWS_PER_STATEMENT)));
    }
  }

  private static void insertRows(DSLContext tx, List<NewJob> jobs) {
    var insert = tx.insertInto(STOKER_JOB).columns(NewJobColumns.FIELDS);
    var t = STOKER_JOB_TRACE;
    var traces = tx.insertInto(t, t.JOB_ID, t.TRACE_CONTEXT);
    boolean traced = false;
    HistoryRows history = new HistoryRows();
    for (NewJob job : jobs) {
      List<Object> row = new ArrayList<>();
      for (NewJobColumns.Column column : NewJobColumns.ALL) {
        Object value = column.value().apply(job);
        row.add(column.field() == STOKER_JOB.ARGUMENTS ? JSONB.valueOf((String) value) : value);
      }
      insert = insert.values(row);
      if (job.traceContext() != null) {
        traces = traces.values(job.id().value(), job.traceContext());
        traced = true;
      }
      if (!job.createdAsItsRowTells()) {
        history.add(HistoryRow.created(job));
      }
    }
    insert.execute();
    if (traced) {
      traces.execute();
    }
    history.insert(tx);
  }

  @Override
  public boolean claimsInOneStatement() {
    return false;
  }

  @Override
  public List<ClaimedJob> claim(
      DSLContext tx,
      String serverId,
      String queue,
      Collection<String> jobNames,
      int limit,
      Instant now) {
    if (jobNames.isEmpty()) {
      return List.of();
    }
    var j = STOKER_JOB;
    // The ids first, locked: a limited subquery in the update may run again for each row.
    List<UUID> ready =
        tx.fetch(
                ClaimSql.ready(
                    val(queue), val(queue), val(jobNames.toArray(String[]::new)), val(limit)))
            .getValues(j.ID);
    if (ready.isEmpty()) {
      return List.of();
    }
    return markClaimed(tx, ready, serverId, now);
  }

  /**
   * Marks the ready jobs, locked by the caller, PROCESSING on the server (no history row: see
   * {@link ImpliedStart}); returns them in the queue's order, with their trace contexts.
   */
  static List<ClaimedJob> markClaimed(
      DSLContext tx, List<UUID> ready, String serverId, Instant now) {
    var j = STOKER_JOB;
    Condition claimed = j.ID.eq(Ids.any(ready)).and(StateChange.CLAIM.isFrom());
    var rows = tx.fetch(ClaimSql.update(claimed, val(serverId), val(now)));
    Map<UUID, String> traces = ClaimSql.traceContexts(tx, ready);
    List<ClaimSql.Claimed> claimedJobs = new ArrayList<>();
    for (var row : rows) {
      claimedJobs.add(ClaimSql.Claimed.of(ClaimSql.row(row), traces.get(row.get(j.ID))));
    }
    return ClaimSql.inQueueOrder(claimedJobs);
  }

  @Override
  public List<Ended> succeed(DSLContext tx, List<Success> successes, String serverId, Instant now) {
    Outcomes outcomes = new Outcomes(tx, this);
    // Left empty: a success writes no history row, its job's row keeps it (see ImpliedSuccess).
    HistoryRows none = new HistoryRows();
    List<Ended> recorded = new ArrayList<>();
    for (Success success : successes) {
      outcomes
          .end(success.job(), new Outcome.Succeeded(success.reason()), serverId, now, none)
          .ifPresent(recorded::add);
    }
    return recorded;
  }

  @Override
  public PreparedSql countBatch() {
    return countBatch;
  }

  @Override
  public <T> Optional<T> ifSweepIsFree(DSLContext dsl, Function<DSLContext, T> sweep) {
    if (!SWEEP_LOCK.tryLock()) {
      return Optional.empty();
    }
    try {
      return Optional.of(dsl.transactionResult(c -> sweep.apply(c.dsl())));
    } finally {
      SWEEP_LOCK.unlock();
    }
  }

  @Override
  public <T> T migrateAlone(DSLContext dsl, Supplier<T> migration) {
    synchronized (MIGRATION_LOCK) {
      return migration.get();
    }
  }

  /** Reads the script through jOOQ's parser, which skips the parts only PostgreSQL runs. */
  @Override
  public void apply(String script, DSLContext tx, Connection connection) {
    // Unquoted names become lower case, as PostgreSQL folds them, so both databases agree.
    Settings settings =
        tx.settings()
            .withParseIgnoreComments(true)
            .withParseDialect(SQLDialect.POSTGRES)
            .withParseNameCase(ParseNameCase.LOWER_IF_UNQUOTED)
            .withRenderQuotedNames(RenderQuotedNames.ALWAYS);
    for (Query query :
        DSL.using(tx.configuration().derive(settings)).parser().parse(script).queries()) {
      tx.execute(query);
    }
  }

  @Override
  public Condition fireTimeIsUnique() {
    return noCondition();
  }

  @Override
  public Notifications notifications(DataSource dataSource) {
    return null;
  }
}
