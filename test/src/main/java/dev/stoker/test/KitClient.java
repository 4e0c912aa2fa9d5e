package dev.stoker.test;

import dev.stoker.BatchId;
import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.RecurringJobs;
import dev.stoker.job.Batch;
import dev.stoker.job.JobRequest;
import java.sql.Connection;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * The client a test's static calls reach: its Stoker's, telling the test after each change that may
 * have made jobs ready, so that in {@link RunMode#INLINE} they run before the call returns. Clients
 * bound to a caller's transaction are the Stoker's own: their jobs exist only once the transaction
 * commits, and run at the next drain or enqueue.
 */
final class KitClient implements JobClient {

  private final JobClient client;
  private final Runnable onNewJobs;

  KitClient(JobClient client, Runnable onNewJobs) {
    this.client = client;
    this.onNewJobs = onNewJobs;
  }

  @Override
  public JobId submit(JobRequest request) {
    JobId id = client.submit(request);
    onNewJobs.run();
    return id;
  }

  @Override
  public BatchId batch(Consumer<Batch> jobs) {
    BatchId id = client.batch(jobs);
    onNewJobs.run();
    return id;
  }

  @Override
  public BatchId batchAfter(JobId parent, Consumer<Batch> jobs) {
    BatchId id = client.batchAfter(parent, jobs);
    onNewJobs.run();
    return id;
  }

  @Override
  public void deleteBatch(BatchId id) {
    client.deleteBatch(id);
  }

  @Override
  public JobClient inTransaction(DSLContext transaction) {
    return client.inTransaction(transaction);
  }

  @Override
  public JobClient inTransaction(Connection connection) {
    return client.inTransaction(connection);
  }

  @Override
  public void requeue(JobId id) {
    client.requeue(id);
    onNewJobs.run();
  }

  @Override
  public void delete(JobId id) {
    client.delete(id);
  }

  @Override
  public RecurringJobs recurringJobs() {
    return client.recurringJobs();
  }
}
