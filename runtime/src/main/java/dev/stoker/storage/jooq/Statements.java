package dev.stoker.storage.jooq;

import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.NewJob;
import dev.stoker.storage.Notifications;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The statements that differ between the databases Stoker runs on, and nothing else: what they
 * share is written once, in the classes that call these. One set is chosen for a database, here,
 * when its stores are built ({@link #of}): {@link PostgresStatements}, which does in one round trip
 * what every job goes through, or {@link PortableStatements}, which jOOQ writes for any database.
 */
interface Statements {

  /** The statements for the database: PostgreSQL's own on PostgreSQL, the portable ones on H2. */
  static Statements of(SQLDialect dialect) {
    return switch (dialect.family()) {
      case POSTGRES -> new PostgresStatements();
      case H2 -> new PortableStatements(SQLDialect.H2);
      default ->
          throw new IllegalArgumentException(
              "Stoker keeps jobs in PostgreSQL or H2, not in " + dialect.getName());
    };
  }

  /** The dialect the statements are written in. */
  SQLDialect dialect();

  /** The major versions of the database the tests prove these statements on; empty for any. */
  List<Integer> supportedMajorVersions();

  /** One success to record, fenced by its attempt. */
  record Success(ClaimedJob job, String reason) {}

  /** A recorded outcome, with what follows from it for its batch and continuations. */
  record Ended(UUID id, UUID batch, boolean hasChildren) {}

  /**
   * Whether {@link #insert} of these jobs is one statement, which needs no transaction of its own.
   */
  boolean insertsInOneStatement(List<NewJob> jobs);

  /**
   * Stores the jobs and their first history rows (their continuations' parents are the caller's);
   * {@code notifyServers} wakes the servers that listen, when the transaction commits.
   */
  void insert(DSLContext tx, List<NewJob> jobs, boolean notifyServers);

  /** Whether {@link #claim} is one statement, which needs no transaction of its own. */
  boolean claimsInOneStatement();

  /**
   * Claims up to {@code limit} ready jobs of the queue among those named (see {@link ClaimSql}),
   * writing no history (see {@link ImpliedStart}); returns them in the queue's order.
   */
  List<ClaimedJob> claim(
      DSLContext tx,
      String serverId,
      String queue,
      Collection<String> jobNames,
      int limit,
      Instant now);

  /**
   * Records successes, each only if its attempt is still current, in the jobs' rows alone, which
   * keep the attempt's start and end (see {@link ImpliedSuccess}); returns those recorded.
   */
  List<Ended> succeed(DSLContext tx, List<Success> successes, String serverId, Instant now);

  /**
   * The statement that counts a batch's jobs as they end: it runs with every batch job that ends.
   */
  PreparedSql countBatch();

  /**
   * Runs the sweep after dead servers in a transaction of its own, or nothing when another server
   * is sweeping.
   */
  <T> Optional<T> ifSweepIsFree(DSLContext dsl, Function<DSLContext, T> sweep);

  /** Runs the schema migration while no other server migrates the same database. */
  <T> T migrateAlone(DSLContext dsl, Supplier<T> migration);

  /** Applies one migration script, in the transaction open on the connection. */
  void apply(String script, DSLContext tx, Connection connection) throws SQLException;

  /** The condition of the unique index that allows one job per recurring job's fire time. */
  Condition fireTimeIsUnique();

  /** Wakes servers when jobs are ready elsewhere, or null where the database cannot. */
  Notifications notifications(DataSource dataSource);
}
