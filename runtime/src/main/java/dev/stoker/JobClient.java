package dev.stoker;

import dev.stoker.job.Batch;
import dev.stoker.job.JobRequest;
import java.sql.Connection;
import java.util.function.Consumer;
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
   * Stores a unique job, unless the job it duplicates (same name and key arguments) is still
   * waiting or running, or within its {@code uniqueFor} period: then stores nothing, and returns
   * that job's id, saying so. For a job that is not unique, the same as {@link #submit}.
   */
  Enqueued submitUnique(JobRequest request);

  /**
   * Creates a batch: the jobs the callback adds with {@code <Name>Jobs.in(batch)} are stored
   * together, in one transaction, when it returns; none if it throws. Continuations of the batch
   * ({@code <Name>Jobs.afterBatch(id)}) run once when all its jobs are done.
   */
  BatchId batch(Consumer<Batch> jobs);

  /** Creates a batch whose jobs all wait until the parent job succeeded. */
  BatchId batchAfter(JobId parent, Consumer<Batch> jobs);

  /**
   * Deletes a batch: its jobs that have not ended are deleted, and so are the continuations that
   * needed it to succeed.
   */
  void deleteBatch(BatchId id);

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

  /**
   * Puts a FAILED or DELETED job back on its queue, with its retries counted afresh. A continuation
   * put back runs at once, whatever its parents.
   */
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

  /**
   * A client whose requeues, deletions, queue pauses and recurring triggers are recorded as done by
   * {@code actor} (a user name, say): each job's history then reads "Requeued by alice". Creating
   * jobs is unchanged.
   */
  JobClient as(String actor);

  /**
   * Pauses a queue: no server claims its jobs, which stay ENQUEUED (new ones too) until it is
   * resumed; jobs already running go on. Pausing a paused queue changes nothing. Throws {@link
   * IllegalArgumentException} for a name that is not a queue name.
   */
  void pauseQueue(String queue);

  /** Resumes a paused queue, whose jobs then run as usual; false if it was not paused. */
  boolean resumeQueue(String queue);
}
