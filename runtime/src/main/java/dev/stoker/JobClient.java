package dev.stoker;

import dev.stoker.job.JobRequest;
import java.sql.Connection;
import org.jooq.DSLContext;

/**
 * Creates and manages jobs. Application code rarely calls {@link #submit} itself: the generated
 * {@code <Name>Jobs} classes do, with typed arguments.
 *
 * <pre>{@code
 * WelcomeEmailJobs.enqueue(userId);                                  // the installed client
 * WelcomeEmailJobs.using(client.inTransaction(dsl)).enqueue(userId); // in the caller's transaction
 * }</pre>
 */
public interface JobClient {

  /**
   * Stores a job. Throws {@link IllegalArgumentException}, storing nothing, when its arguments
   * cannot be stored (a null where the job takes none, or over the size limit).
   */
  JobId submit(JobRequest request);

  /**
   * A client that writes through the given jOOQ context, so jobs are created in the caller's
   * transaction: they run only if it commits.
   */
  JobClient inTransaction(DSLContext transaction);

  /**
   * A client that writes through the given JDBC connection, within whatever transaction it has
   * open: jobs run only if it commits.
   */
  JobClient inTransaction(Connection connection);

  /** Puts a FAILED or DELETED job back on its queue, with its retries counted afresh. */
  void requeue(JobId id);

  /**
   * Deletes a job that has not ended yet (or FAILED): it will not run again. Throws {@link
   * IllegalStateException} if it already SUCCEEDED or was DELETED.
   */
  void delete(JobId id);

  /**
   * The recurring jobs in the same database. They are changed in transactions of their own, also
   * through a client bound to a caller's transaction.
   */
  RecurringJobs recurringJobs();
}
