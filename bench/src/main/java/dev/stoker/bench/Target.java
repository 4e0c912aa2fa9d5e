package dev.stoker.bench;

import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/** A job system the bench measures: how it stores, creates and runs the no-op job. */
interface Target {

  /** The column header: the system and its version. */
  String name();

  /** How it is set up, for the report: poll interval, claim strategy, what it records. */
  String configuration();

  /** The longest an idle server waits before it looks for new jobs without being told. */
  Duration pollInterval();

  /** Creates the system's tables in a fresh database. */
  void createSchema(DataSource dataSource) throws Exception;

  /** A client that only creates jobs: it runs none and wakes no server in this JVM. */
  Client client(DataSource dataSource) throws Exception;

  /** A server running jobs with this many workers, started. */
  Server server(DataSource dataSource, int workers) throws Exception;

  /** How many jobs the database holds ready to run (with their history, where kept). */
  long waiting(DataSource dataSource) throws SQLException;

  /**
   * How many of the {@code created} jobs the database shows as done (with their whole history,
   * where kept).
   */
  long done(DataSource dataSource, long created) throws SQLException;

  /** Creates jobs. */
  interface Client extends AutoCloseable {

    /** Creates one job, to run now, in a call and a transaction of its own. */
    void enqueue(long ticket) throws Exception;

    /**
     * Creates one job as {@link #enqueue} does, and wakes idle servers if the system can (the
     * pickup latency workload). Most systems do either always or never.
     */
    default void enqueueAndWake(long ticket) throws Exception {
      enqueue(ticket);
    }

    /** Creates jobs with tickets 0 to {@code count - 1} with the system's bulk API. */
    void enqueueAll(int count) throws Exception;

    @Override
    void close() throws Exception;
  }

  /** Runs jobs until closed. */
  interface Server extends AutoCloseable {

    @Override
    void close() throws Exception;
  }
}
