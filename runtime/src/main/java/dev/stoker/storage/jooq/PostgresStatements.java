package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_HISTORY;
import static dev.stoker.schema.Tables.STOKER_JOB_TRACE;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.cast;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.insertInto;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.update;

import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.NewJob;
import dev.stoker.storage.Notifications;
import java.lang.reflect.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.PGStatement;

/**
 * PostgreSQL's statements: what every job goes through takes one round trip, a job and its first
 * history row (and trace row), a claim, a group of successes, each written once with jOOQ and run
 * through JDBC (see {@link PreparedSql}), columns going as bound arrays that {@code unnest} makes
 * rows again, so that each statement is the same whatever the number of jobs; a batch of jobs
 * stored as their rows alone goes by {@code COPY} (see {@link JobRowsCopy}). Locks among servers
 * are advisory locks; new jobs are announced with {@code NOTIFY}.
 */
final class PostgresStatements implements Statements {

  private static final DSLContext RENDER = DSL.using(SQLDialect.POSTGRES);
  // Any constants will do, as long as they stay the same and differ from each other.
  private static final long MIGRATION_LOCK = 0x53746f6b6572L;
  private static final long SWEEP_LOCK = 0x53746f6b657253L;

  /**
   * Planned with its values at each execution: the generic plan PostgreSQL soon uses for a prepared
   * statement guesses the size of the arrays of ids, and may scan the job table where their few
   * rows want its primary key, many times slower.
   */
  private static final PreparedSql.Preparation PLANNED_EACH_TIME =
      statement -> statement.unwrap(PGStatement.class).setPrepareThreshold(0);

  private static final PreparedSql INSERT_ROW = insertRow();
  private static final PreparedSql INSERT_ONE = insertOne(false);
  private static final PreparedSql INSERT_ONE_AND_NOTIFY = insertOne(true);
  private static final PreparedSql INSERT_MANY = insertMany(false);
  private static final PreparedSql INSERT_MANY_AND_NOTIFY = insertMany(true);
  private static final PreparedSql NOTIFY =
      PreparedSql.of(RENDER.select(JobsChannel.notifyServers()));
  private static final PreparedSql CLAIM = claim();
  private static final PreparedSql SUCCEED = succeed();
  private static final PreparedSql COUNT_BATCH = Batches.countStatement(SQLDialect.POSTGRES);

  @Override
  public SQLDialect dialect() {
    return SQLDialect.POSTGRES;
  }

  @Override
  public List<Integer> supportedMajorVersions() {
    return List.of(17, 18);
  }

  @Override
  public boolean insertsInOneStatement(List<NewJob> jobs) {
    return jobs.stream().allMatch(job -> job.parents().isEmpty());
  }

  @Override
  public void insert(DSLContext tx, List<NewJob> jobs, boolean notifyServers) {
    if (jobs.size() == 1) {
      insertOne(tx, jobs.getFirst(), notifyServers);
      return;
    }
    int count = jobs.size();
    if (jobs.stream().allMatch(PostgresStatements::rowAlone) && JobRowsCopy.copy(tx, jobs)) {
      if (notifyServers) {
        // After the rows, in their transaction; alone (no transaction), once they are committed.
        NOTIFY.query(tx, values -> {}, rows -> null);
      }
      return;
    }
    (notifyServers ? INSERT_MANY_AND_NOTIFY : INSERT_MANY)
        .query(
            tx,
            values -> {
              setColumnArrays(values, jobs);
              // No reason, no history row: the job's row tells its creation.
              String[] reasons = new String[count];
              for (int i = 0; i < count; i++) {
                NewJob job = jobs.get(i);
                reasons[i] = job.createdAsItsRowTells() ? null : HistoryRow.created(job).reason();
              }
              values.setArray("reasons", "varchar", reasons);
              String[] traceContexts = new String[count];
              for (int i = 0; i < count; i++) {
                traceContexts[i] = jobs.get(i).traceContext();
              }
              values.setArray("trace_contexts", "varchar", traceContexts);
            },
            rows -> null);
  }

  /** True for a job stored as its row alone: the row tells its creation, and it has no trace. */
  private static boolean rowAlone(NewJob job) {
    return job.createdAsItsRowTells() && job.traceContext() == null;
  }

  /** Each column's values as one array parameter, in the jobs' order. */
  private static void setColumnArrays(PreparedSql.Binder values, List<NewJob> jobs)
      throws SQLException {
    int count = jobs.size();
    for (NewJobColumns.Column column : NewJobColumns.ALL) {
      // Typed arrays, which the driver sends as such rather than as text.
      Object[] array = (Object[]) Array.newInstance(arrayElement(column), count);
      for (int i = 0; i < count; i++) {
        array[i] = arrayValue(column.value().apply(jobs.get(i)));
      }
      values.setArray(column.field().getName(), column.postgresType(), array);
    }
  }

  private static void insertOne(DSLContext tx, NewJob job, boolean notifyServers) {
    if (!notifyServers && rowAlone(job)) {
      INSERT_ROW.query(tx, values -> setColumns(values, job), rows -> null);
      return;
    }
    HistoryRow created = HistoryRow.created(job);
    (notifyServers ? INSERT_ONE_AND_NOTIFY : INSERT_ONE)
        .query(
            tx,
            values -> {
              setColumns(values, job);
              values
                  .set("history_job_id", created.job().value())
                  .set("history_at", timestamp(created.at()))
                  .set("history_state", created.to().name())
                  .set("history_reason", created.reason())
                  .set("history_wanted", !job.createdAsItsRowTells())
                  .set("trace_job_id", job.id().value())
                  .set("trace_context", job.traceContext())
                  .set("trace_wanted", job.traceContext() != null);
            },
            rows -> null);
  }

  private static void setColumns(PreparedSql.Binder values, NewJob job) throws SQLException {
    for (NewJobColumns.Column column : NewJobColumns.ALL) {
      values.set(column.field().getName(), value(column.value().apply(job)));
    }
  }

  private static Object value(Object value) {
    return value instanceof Instant instant ? timestamp(instant) : value;
  }

  private static Class<?> arrayElement(NewJobColumns.Column column) {
    Class<?> type = column.field().getType();
    return type == Instant.class || type == JSONB.class ? String.class : type;
  }

  /** Timestamps go in arrays as text, which PostgreSQL reads exactly. */
  private static Object arrayValue(Object value) {
    return value instanceof Instant instant ? instant.toString() : value;
  }

  @Override
  public boolean claimsInOneStatement() {
    return true;
  }

  @Override
  public List<ClaimedJob> claim(
      DSLContext dsl,
      String serverId,
      String queue,
      Collection<String> jobNames,
      int limit,
      Instant now) {
    if (jobNames.isEmpty()) {
      return List.of();
    }
    return CLAIM.query(
        dsl,
        values ->
            values
                .set("server_id", serverId)
                .set("now", timestamp(now))
                .set("queue", queue)
                .set("paused_queue", queue)
                .setArray("names", "varchar", jobNames.toArray(String[]::new))
                .set("limit", limit),
        rows -> {
          List<ClaimSql.Claimed> claimed = new ArrayList<>();
          while (rows.next()) {
            ClaimSql.Row row = ClaimSql.row(rows);
            claimed.add(ClaimSql.Claimed.of(row, row.get(STOKER_JOB_TRACE.TRACE_CONTEXT)));
          }
          return ClaimSql.inQueueOrder(claimed);
        });
  }

  @Override
  public List<Ended> succeed(DSLContext tx, List<Success> successes, String serverId, Instant now) {
    UUID[] ids = new UUID[successes.size()];
    Integer[] attempts = new Integer[successes.size()];
    String[] reasons = new String[successes.size()];
    String[] starts = new String[successes.size()];
    for (int i = 0; i < ids.length; i++) {
      ClaimedJob job = successes.get(i).job();
      ids[i] = job.id().value();
      attempts[i] = job.attempt();
      reasons[i] = ImpliedSuccess.reason(successes.get(i).reason());
      starts[i] = (String) arrayValue(job.claimedAt());
    }
    return SUCCEED.query(
        tx,
        values ->
            values
                .set("now", timestamp(now))
                .setArray("ids", "uuid", ids)
                .setArray("attempts", "int4", attempts)
                .setArray("reasons", "varchar", reasons)
                .setArray("starts", "timestamptz", starts),
        rows -> {
          List<Ended> recorded = new ArrayList<>();
          while (rows.next()) {
            recorded.add(
                new Ended(
                    rows.getObject("id", UUID.class),
                    rows.getObject("batch_id", UUID.class),
                    rows.getBoolean("has_children")));
          }
          return recorded;
        });
  }

  @Override
  public PreparedSql countBatch() {
    return COUNT_BATCH;
  }

  @Override
  public <T> Optional<T> ifSweepIsFree(DSLContext dsl, Function<DSLContext, T> sweep) {
    return dsl.transactionResult(
        c -> {
          boolean locked =
              c.dsl()
                  .select(function("pg_try_advisory_xact_lock", Boolean.class, inline(SWEEP_LOCK)))
                  .fetchOne()
                  .value1();
          return locked ? Optional.of(sweep.apply(c.dsl())) : Optional.empty();
        });
  }

  @Override
  public <T> T migrateAlone(DSLContext dsl, Supplier<T> migration) {
    dsl.select(function("pg_advisory_lock", Object.class, inline(MIGRATION_LOCK))).fetch();
    try {
      return migration.get();
    } finally {
      dsl.select(function("pg_advisory_unlock", Boolean.class, inline(MIGRATION_LOCK))).fetch();
    }
  }

  @Override
  public void apply(String script, DSLContext tx, Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(script);
    }
  }

  @Override
  public Condition fireTimeIsUnique() {
    return STOKER_JOB.RECURRING_ID.isNotNull(); // the unique index covers recurring jobs only
  }

  @Override
  public Notifications notifications(DataSource dataSource) {
    return new ServerNotifications(dataSource);
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Field<?> parameter(NewJobColumns.Column column) {
    String name = column.field().getName();
    return column.field() == STOKER_JOB.ARGUMENTS
        ? cast(param(name, SQLDataType.VARCHAR), SQLDataType.JSONB)
        : param(name, column.field().getDataType());
  }

  /**
   * The job's row alone, for the most common job: its row tells its creation, it has no trace
   * context and wakes no server. Empty inserts of history and trace rows beside it would cost
   * PostgreSQL a quarter more CPU per statement (opening their tables and indexes, the CTEs).
   */
  private static PreparedSql insertRow() {
    return PreparedSql.of(
        RENDER
            .insertInto(STOKER_JOB)
            .columns(NewJobColumns.FIELDS)
            .values(NewJobColumns.ALL.stream().map(PostgresStatements::parameter).toList()));
  }

  private static PreparedSql insertOne(boolean notifyServers) {
    var h = STOKER_JOB_HISTORY;
    var job =
        insertInto(STOKER_JOB)
            .columns(NewJobColumns.FIELDS)
            .values(NewJobColumns.ALL.stream().map(PostgresStatements::parameter).toList())
            .returning(STOKER_JOB.ID);
    // Written only for a job whose row does not tell its creation (see NewJob).
    var history =
        insertInto(h, h.JOB_ID, h.AT, h.TO_STATE, h.REASON, h.ATTEMPT)
            .select(
                select(
                        param("history_job_id", SQLDataType.UUID),
                        param("history_at", SQLDataType.INSTANT),
                        param("history_state", SQLDataType.VARCHAR),
                        param("history_reason", SQLDataType.VARCHAR),
                        inline(0))
                    .where(condition(param("history_wanted", SQLDataType.BOOLEAN))))
            .returning(h.ID);
    var t = STOKER_JOB_TRACE;
    // Written only for a job that has a trace context.
    var trace =
        insertInto(t, t.JOB_ID, t.TRACE_CONTEXT)
            .select(
                select(
                        param("trace_job_id", SQLDataType.UUID),
                        param("trace_context", SQLDataType.VARCHAR))
                    .where(condition(param("trace_wanted", SQLDataType.BOOLEAN))))
            .returning(t.JOB_ID);
    // One statement; the notification goes out when the transaction commits.
    return PreparedSql.of(
        RENDER
            .with("new_job")
            .as(job)
            .with("new_history")
            .as(history)
            .with("new_trace")
            .as(trace)
            .select(notifyServers ? JobsChannel.notifyServers() : inline("")));
  }

  /** The job columns' array parameters, unnested side by side into rows named after the columns. */
  private static List<Field<?>> unnestedColumns() {
    List<Field<?>> unnested = new ArrayList<>();
    for (NewJobColumns.Column column : NewJobColumns.ALL) {
      String name = column.field().getName();
      unnested.add(unnest(name, column.field().getDataType()).as(name));
    }
    return unnested;
  }

  /** The job columns read from the rows {@link #unnestedColumns} makes; JSON from its text. */
  private static List<Field<?>> storedColumns() {
    List<Field<?>> stored = new ArrayList<>();
    for (NewJobColumns.Column column : NewJobColumns.ALL) {
      String name = column.field().getName();
      Field<?> value = field(name("new_rows", name), column.field().getDataType());
      stored.add(
          column.field() == STOKER_JOB.ARGUMENTS
              ? cast(field(name("new_rows", name), String.class), SQLDataType.JSONB)
              : value);
    }
    return stored;
  }

  private static PreparedSql insertMany(boolean notifyServers) {
    var h = STOKER_JOB_HISTORY;
    Table<?> rows = table(name("new_rows"));
    List<Field<?>> unnested = unnestedColumns();
    List<Field<?>> stored = storedColumns();
    unnested.add(unnest("reasons", SQLDataType.VARCHAR).as("reason"));
    var t = STOKER_JOB_TRACE;
    unnested.add(unnest("trace_contexts", SQLDataType.VARCHAR).as(t.TRACE_CONTEXT.getName()));
    var jobRows =
        insertInto(STOKER_JOB)
            .columns(NewJobColumns.FIELDS)
            .select(select(stored).from(rows))
            .returning(STOKER_JOB.ID);
    var historyRows =
        insertInto(h, h.JOB_ID, h.AT, h.TO_STATE, h.REASON, h.ATTEMPT)
            .select(
                select(
                        field(name("new_rows", STOKER_JOB.ID.getName()), UUID.class),
                        field(name("new_rows", STOKER_JOB.CREATED_AT.getName()), Instant.class),
                        field(name("new_rows", STOKER_JOB.STATE.getName()), String.class),
                        field(name("new_rows", "reason"), String.class),
                        inline(0))
                    .from(rows)
                    .where(field(name("new_rows", "reason")).isNotNull()))
            .returning(h.ID);
    Field<String> traceContext = field(name("new_rows", t.TRACE_CONTEXT.getName()), String.class);
    var traceRows =
        insertInto(t, t.JOB_ID, t.TRACE_CONTEXT)
            .select(
                select(field(name("new_rows", STOKER_JOB.ID.getName()), UUID.class), traceContext)
                    .from(rows)
                    .where(traceContext.isNotNull()))
            .returning(t.JOB_ID);
    // The notification goes out when the transaction commits.
    return PreparedSql.of(
        RENDER
            .with("new_rows")
            .as(select(unnested))
            .with("new_jobs")
            .as(jobRows)
            .with("new_history")
            .as(historyRows)
            .with("new_traces")
            .as(traceRows)
            .select(notifyServers ? JobsChannel.notifyServers() : inline("")));
  }

  /** The elements of an array parameter, one a row; JSON goes as text. */
  private static Field<?> unnest(String parameter, DataType<?> type) {
    DataType<?> element = type.isJSON() ? SQLDataType.VARCHAR : type;
    return function("unnest", element, param(parameter, element.array()));
  }

  private static PreparedSql claim() {
    var j = STOKER_JOB;
    Table<?> claimed = table(name("claimed"));
    var ready =
        ClaimSql.ready(
            param("queue", SQLDataType.VARCHAR),
            param("paused_queue", SQLDataType.VARCHAR),
            param("names", SQLDataType.VARCHAR.array()),
            param("limit", SQLDataType.INTEGER));
    // = ANY(ARRAY(...)) runs the locking subquery once: IN (...) may run it again for each row it
    // compares, each time skipping the rows it locked before, and so claim far more than asked.
    // No state check again: the subquery locked these rows ENQUEUED, and a second check would
    // lead the planner to the ready-job index instead of the primary key.
    var update =
        ClaimSql.update(
            j.ID.eq(any(array(ready))),
            param("server_id", SQLDataType.VARCHAR),
            param("now", SQLDataType.INSTANT));
    // No history row: the attempt's start is its row's until the row that ends it keeps it.
    var t = STOKER_JOB_TRACE;
    return PreparedSql.of(
        RENDER
            .with("claimed")
            .as(update)
            .select(claimed.asterisk(), t.TRACE_CONTEXT)
            .from(claimed)
            .leftJoin(t)
            .on(t.JOB_ID.eq(field(name("claimed", j.ID.getName()), UUID.class))));
  }

  private static PreparedSql succeed() {
    var j = STOKER_JOB;
    // Arrays unnested side by side: one row per success, each array read once.
    Table<?> success =
        select(
                function("unnest", UUID.class, param("ids", SQLDataType.UUID.array())).as("id"),
                function("unnest", Integer.class, param("attempts", SQLDataType.INTEGER.array()))
                    .as("attempt"),
                function("unnest", String.class, param("reasons", SQLDataType.VARCHAR.array()))
                    .as("reason"),
                function("unnest", Instant.class, param("starts", SQLDataType.INSTANT.array()))
                    .as("started_at"))
            .asTable("success");
    // No history row: the row keeps the attempt, start and end, and its server (ImpliedSuccess).
    return PreparedSql.of(
        RENDER
            .update(j)
            .set(j.STATE, inline(StateChange.SUCCESS.to().name()))
            .set(j.STATE_CHANGED_AT, param("now", SQLDataType.INSTANT))
            .set(j.STARTED_AT, success.field("started_at", Instant.class))
            .set(j.SUCCESS_REASON, success.field("reason", String.class))
            .from(success)
            .where(
                Outcomes.fence(
                    success.field("id", UUID.class), success.field("attempt", Integer.class)))
            .returning(j.ID, j.BATCH_ID, j.HAS_CHILDREN),
        PLANNED_EACH_TIME);
  }
}
