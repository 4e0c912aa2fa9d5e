package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_HISTORY;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.array;
import static org.jooq.impl.DSL.cast;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.insertInto;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.update;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.NewJob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The statements every job goes through on PostgreSQL, each one round trip: creating a job with its
 * first history entry, claiming ready jobs with theirs, and recording successes with theirs. They
 * are written once with jOOQ and run through JDBC (see {@link PreparedSql}).
 */
final class PostgresHotPath {

  /** What a recorded success returns: what follows from it, for its batch and continuations. */
  record Succeeded(UUID id, int attempt, UUID batch, boolean hasChildren) {}

  /** One success to record, fenced by its attempt. */
  record Success(ClaimedJob job, String reason) {}

  private static final DSLContext RENDER = DSL.using(SQLDialect.POSTGRES);
  private static final String ENQUEUED = JobState.ENQUEUED.name();
  private static final String PROCESSING = JobState.PROCESSING.name();
  private static final String SUCCEEDED = JobState.SUCCEEDED.name();

  private static final PreparedSql INSERT_ONE = insertOne(false);
  private static final PreparedSql INSERT_ONE_AND_NOTIFY = insertOne(true);
  private static final PreparedSql INSERT_MANY = insertMany(false);
  private static final PreparedSql INSERT_MANY_AND_NOTIFY = insertMany(true);
  private static final PreparedSql CLAIM = claim();
  private static final PreparedSql SUCCEED = succeed();

  private PostgresHotPath() {}

  /** Stores one job that waits for nothing, and its first history entry. */
  static void insert(DSLContext dsl, NewJob job, boolean notifyServers) {
    (notifyServers ? INSERT_ONE_AND_NOTIFY : INSERT_ONE)
        .query(
            dsl,
            values ->
                values
                    .set("id", job.id().value())
                    .set("name", job.name())
                    .set("queue", job.queue())
                    .set("priority", job.priority())
                    .set("state", job.state().name())
                    .set("arguments", job.arguments())
                    .set("max_retries", job.maxRetries())
                    .set("run_at", timestamp(job.runAt()))
                    .set("created_at", timestamp(job.createdAt()))
                    .set("state_changed_at", timestamp(job.createdAt()))
                    .set("batch_id", job.batch() == null ? null : job.batch().value())
                    .set("history_job_id", job.id().value())
                    .set("history_at", timestamp(job.createdAt()))
                    .set("history_state", job.state().name())
                    .set("history_reason", job.reason()),
            rows -> null);
  }

  /**
   * Stores many jobs and their first history entries in one statement: each column's values go as
   * one bound array, made rows again by {@code unnest}, so the statement is the same whatever the
   * number of jobs.
   */
  static void insert(DSLContext dsl, List<NewJob> jobs, boolean notifyServers) {
    int count = jobs.size();
    UUID[] ids = new UUID[count];
    String[] names = new String[count];
    String[] queues = new String[count];
    Integer[] priorities = new Integer[count];
    String[] states = new String[count];
    String[] arguments = new String[count];
    Integer[] maxRetries = new Integer[count];
    String[] runAt = new String[count];
    String[] createdAt = new String[count];
    UUID[] batches = new UUID[count];
    String[] continuations = new String[count];
    String[] reasons = new String[count];
    for (int i = 0; i < count; i++) {
      NewJob job = jobs.get(i);
      ids[i] = job.id().value();
      names[i] = job.name();
      queues[i] = job.queue();
      priorities[i] = job.priority();
      states[i] = job.state().name();
      arguments[i] = job.arguments();
      maxRetries[i] = job.maxRetries();
      runAt[i] = job.runAt().toString();
      createdAt[i] = job.createdAt().toString();
      batches[i] = job.batch() == null ? null : job.batch().value();
      continuations[i] = Inserts.continuation(job);
      reasons[i] = job.reason();
    }
    (notifyServers ? INSERT_MANY_AND_NOTIFY : INSERT_MANY)
        .query(
            dsl,
            values ->
                values
                    .setArray("ids", "uuid", ids)
                    .setArray("names", "varchar", names)
                    .setArray("queues", "varchar", queues)
                    .setArray("priorities", "int4", priorities)
                    .setArray("states", "varchar", states)
                    .setArray("arguments", "varchar", arguments)
                    .setArray("max_retries", "int4", maxRetries)
                    .setArray("run_at", "timestamptz", runAt)
                    .setArray("created_at", "timestamptz", createdAt)
                    .setArray("batch_ids", "uuid", batches)
                    .setArray("continuations", "varchar", continuations)
                    .setArray("reasons", "varchar", reasons),
            rows -> null);
  }

  /**
   * Claims up to {@code limit} ready jobs of the queue, highest priority and oldest first, and
   * records that they started.
   */
  static List<ClaimedJob> claim(
      DSLContext dsl, String serverId, String queue, String[] jobNames, int limit, Instant now) {
    List<ClaimedJob> jobs =
        CLAIM.query(
            dsl,
            values ->
                values
                    .set("server_id", serverId)
                    .set("now", timestamp(now))
                    .set("queue", queue)
                    .setArray("names", "varchar", jobNames)
                    .set("paused_queue", queue)
                    .set("limit", limit)
                    .set("history_at", timestamp(now))
                    .set("history_server_id", serverId),
            PostgresHotPath::claimedJobs);
    return jobs;
  }

  private static List<ClaimedJob> claimedJobs(ResultSet rows) throws SQLException {
    record Row(ClaimedJob job, int priority) {}
    List<Row> claimed = new ArrayList<>();
    while (rows.next()) {
      claimed.add(
          new Row(
              new ClaimedJob(
                  new JobId(rows.getObject("id", UUID.class)),
                  rows.getString("name"),
                  rows.getString("queue"),
                  rows.getString("arguments"),
                  rows.getInt("attempt"),
                  rows.getInt("failure_count"),
                  rows.getInt("max_retries")),
              rows.getInt("priority")));
    }
    // RETURNING keeps no order: restore the queue's.
    return claimed.stream()
        .sorted(
            Comparator.comparingInt(Row::priority)
                .reversed()
                .thenComparing(row -> row.job().id().value()))
        .map(Row::job)
        .toList();
  }

  /**
   * Records successes, each only if its attempt is still current, with their history entries;
   * returns those recorded.
   */
  static List<Succeeded> succeed(
      DSLContext dsl, List<Success> successes, String serverId, Instant now) {
    UUID[] ids = new UUID[successes.size()];
    Integer[] attempts = new Integer[successes.size()];
    String[] reasons = new String[successes.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = successes.get(i).job().id().value();
      attempts[i] = successes.get(i).job().attempt();
      reasons[i] = successes.get(i).reason();
    }
    return SUCCEED.query(
        dsl,
        values ->
            values
                .set("now", timestamp(now))
                .setArray("ids", "uuid", ids)
                .setArray("attempts", "int4", attempts)
                .setArray("reasons", "varchar", reasons)
                .set("history_at", timestamp(now))
                .set("history_server_id", serverId),
        rows -> {
          List<Succeeded> recorded = new ArrayList<>();
          while (rows.next()) {
            recorded.add(
                new Succeeded(
                    rows.getObject("id", UUID.class),
                    rows.getInt("attempt"),
                    rows.getObject("batch_id", UUID.class),
                    rows.getBoolean("has_children")));
          }
          return recorded;
        });
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static PreparedSql insertOne(boolean notifyServers) {
    var j = STOKER_JOB;
    var h = STOKER_JOB_HISTORY;
    var job =
        insertInto(j)
            .columns(Inserts.JOB_COLUMNS)
            .values(
                param("id", SQLDataType.UUID),
                param("name", SQLDataType.VARCHAR),
                param("queue", SQLDataType.VARCHAR),
                param("priority", SQLDataType.INTEGER),
                param("state", SQLDataType.VARCHAR),
                cast(param("arguments", SQLDataType.VARCHAR), SQLDataType.JSONB),
                param("max_retries", SQLDataType.INTEGER),
                param("run_at", SQLDataType.INSTANT),
                param("created_at", SQLDataType.INSTANT),
                param("state_changed_at", SQLDataType.INSTANT),
                param("batch_id", SQLDataType.UUID),
                inline((String) null))
            .returning(j.ID);
    var history =
        insertInto(h, h.JOB_ID, h.AT, h.TO_STATE, h.REASON, h.ATTEMPT)
            .values(
                param("history_job_id", SQLDataType.UUID),
                param("history_at", SQLDataType.INSTANT),
                param("history_state", SQLDataType.VARCHAR),
                param("history_reason", SQLDataType.VARCHAR),
                inline(0))
            .returning(h.ID);
    // One statement; the notification goes out when the transaction commits.
    return PreparedSql.of(
        RENDER
            .with("new_job")
            .as(job)
            .with("new_history")
            .as(history)
            .select(notifyServers ? JobsChannel.notifyServers() : inline("")));
  }

  private static PreparedSql insertMany(boolean notifyServers) {
    var j = STOKER_JOB;
    var h = STOKER_JOB_HISTORY;
    Table<?> rows = table(name("new_rows"));
    var columns =
        select(
            unnest("ids", SQLDataType.UUID).as("id"),
            unnest("names", SQLDataType.VARCHAR).as("name"),
            unnest("queues", SQLDataType.VARCHAR).as("queue"),
            unnest("priorities", SQLDataType.INTEGER).as("priority"),
            unnest("states", SQLDataType.VARCHAR).as("state"),
            unnest("arguments", SQLDataType.VARCHAR).as("arguments"),
            unnest("max_retries", SQLDataType.INTEGER).as("max_retries"),
            unnest("run_at", SQLDataType.INSTANT).as("run_at"),
            unnest("created_at", SQLDataType.INSTANT).as("created_at"),
            unnest("batch_ids", SQLDataType.UUID).as("batch_id"),
            unnest("continuations", SQLDataType.VARCHAR).as("continuation"),
            unnest("reasons", SQLDataType.VARCHAR).as("reason"));
    var jobRows =
        insertInto(j)
            .columns(Inserts.JOB_COLUMNS)
            .select(
                select(
                        column("id", UUID.class),
                        column("name", String.class),
                        column("queue", String.class),
                        column("priority", Integer.class),
                        column("state", String.class),
                        cast(column("arguments", String.class), SQLDataType.JSONB),
                        column("max_retries", Integer.class),
                        column("run_at", Instant.class),
                        column("created_at", Instant.class),
                        column("created_at", Instant.class),
                        column("batch_id", UUID.class),
                        column("continuation", String.class))
                    .from(rows))
            .returning(j.ID);
    var historyRows =
        insertInto(h, h.JOB_ID, h.AT, h.TO_STATE, h.REASON, h.ATTEMPT)
            .select(
                select(
                        column("id", UUID.class),
                        column("created_at", Instant.class),
                        column("state", String.class),
                        column("reason", String.class),
                        inline(0))
                    .from(rows))
            .returning(h.ID);
    // The notification goes out when the transaction commits.
    return PreparedSql.of(
        RENDER
            .with("new_rows")
            .as(columns)
            .with("new_jobs")
            .as(jobRows)
            .with("new_history")
            .as(historyRows)
            .select(notifyServers ? JobsChannel.notifyServers() : inline("")));
  }

  /** The elements of an array parameter, one a row. */
  private static <T> Field<T> unnest(String parameter, DataType<T> type) {
    return function("unnest", type, param(parameter, type.array()));
  }

  /** A column of the rows being stored. */
  private static <T> Field<T> column(String column, Class<T> type) {
    return field(name("new_rows", column), type);
  }

  private static PreparedSql claim() {
    var j = STOKER_JOB;
    var h = STOKER_JOB_HISTORY;
    Param<String[]> names = param("names", SQLDataType.VARCHAR.array());
    // = ANY(ARRAY(...)) runs the locking subquery once: IN (...) may run it again for each row.
    var ready =
        select(j.ID)
            .from(j)
            .where(j.STATE.eq(inline(ENQUEUED)))
            .and(j.QUEUE.eq(param("queue", SQLDataType.VARCHAR)))
            .and(j.NAME.eq(any(names)))
            .andNotExists(Claims.pausedQueue(param("paused_queue", SQLDataType.VARCHAR)))
            .orderBy(j.PRIORITY.desc(), j.ID)
            .limit(param("limit", SQLDataType.INTEGER))
            .forUpdate()
            .skipLocked();
    var claimed =
        update(j)
            .set(j.STATE, inline(PROCESSING))
            .set(j.ATTEMPT, j.ATTEMPT.plus(inline(1)))
            .set(j.SERVER_ID, param("server_id", SQLDataType.VARCHAR))
            .set(j.STATE_CHANGED_AT, param("now", SQLDataType.INSTANT))
            // The subquery locked these rows, ENQUEUED: no state check again, which would lead the
            // planner to the ready-job index instead of the primary key.
            .where(j.ID.eq(any(array(ready))))
            .returning(Claims.CLAIMED_COLUMNS);
    Table<?> rows = table(name("claimed"));
    Field<UUID> id = field(name("claimed", "id"), UUID.class);
    Field<Integer> attempt = field(name("claimed", "attempt"), Integer.class);
    var started =
        insertInto(h, h.JOB_ID, h.AT, h.FROM_STATE, h.TO_STATE, h.REASON, h.SERVER_ID, h.ATTEMPT)
            .select(
                select(
                        id,
                        param("history_at", SQLDataType.INSTANT),
                        inline(ENQUEUED),
                        inline(PROCESSING),
                        concat(inline("Started, attempt "), attempt.cast(SQLDataType.VARCHAR)),
                        param("history_server_id", SQLDataType.VARCHAR),
                        attempt)
                    .from(rows))
            .returning(h.ID);
    return PreparedSql.of(
        RENDER
            .with("claimed")
            .as(claimed)
            .with("started")
            .as(started)
            .select(rows.asterisk())
            .from(rows));
  }

  private static PreparedSql succeed() {
    var j = STOKER_JOB;
    var h = STOKER_JOB_HISTORY;
    // Arrays unnested side by side: one row per success, each array read once.
    Table<?> success =
        select(
                function("unnest", UUID.class, param("ids", SQLDataType.UUID.array())).as("id"),
                function("unnest", Integer.class, param("attempts", SQLDataType.INTEGER.array()))
                    .as("attempt"),
                function("unnest", String.class, param("reasons", SQLDataType.VARCHAR.array()))
                    .as("reason"))
            .asTable("success");
    var done =
        update(j)
            .set(j.STATE, inline(SUCCEEDED))
            .set(j.STATE_CHANGED_AT, param("now", SQLDataType.INSTANT))
            .set(j.SERVER_ID, inline((String) null))
            .from(success)
            .where(j.ID.eq(success.field("id", UUID.class)))
            .and(j.ATTEMPT.eq(success.field("attempt", Integer.class)))
            .and(j.STATE.eq(inline(PROCESSING)))
            .returning(
                j.ID, j.ATTEMPT, j.BATCH_ID, j.HAS_CHILDREN, success.field("reason", String.class));
    Table<?> rows = table(name("done"));
    var history =
        insertInto(h, h.JOB_ID, h.AT, h.FROM_STATE, h.TO_STATE, h.REASON, h.SERVER_ID, h.ATTEMPT)
            .select(
                select(
                        field(name("done", "id"), UUID.class),
                        param("history_at", SQLDataType.INSTANT),
                        inline(PROCESSING),
                        inline(SUCCEEDED),
                        field(name("done", "reason"), String.class),
                        param("history_server_id", SQLDataType.VARCHAR),
                        field(name("done", "attempt"), Integer.class))
                    .from(rows))
            .returning(h.ID);
    return PreparedSql.plannedEachTime(
        RENDER
            .with("done")
            .as(done)
            .with("succeeded_history")
            .as(history)
            .select(rows.asterisk())
            .from(rows));
  }
}
