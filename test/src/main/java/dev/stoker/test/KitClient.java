package dev.stoker.test;

import dev.stoker.BatchId;
import dev.stoker.Enqueued;
import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.client.ForwardingJobClient;
import dev.stoker.job.Batch;
import dev.stoker.job.JobRequest;
import java.util.function.Consumer;

/**
 * The client a test's static calls reach: its Stoker's, telling the test after each change that may
 * have made jobs ready, so that in {@link RunMode#INLINE} they run before the call returns. Clients
 * bound to a caller's transaction are the Stoker's own: their jobs exist only once the transaction
 * commits, and run at the next drain or enqueue.
 */
final class KitClient extends ForwardingJobClient {

  private final Runnable onNewJobs;

  KitClient(JobClient client, Runnable onNewJobs) {
    super(client);
    this.onNewJobs = onNewJobs;
  }

  @Override
  public JobId submit(JobRequest request) {
    JobId id = super.submit(request);
    onNewJobs.run();
    return id;
  }

  @Override
  public Enqueued submitUnique(JobRequest request) {
    Enqueued enqueued = super.submitUnique(request);
    onNewJobs.run();
    return enqueued;
  }

  @Override
  public BatchId batch(Consumer<Batch> jobs) {
    BatchId id = super.batch(jobs);
    onNewJobs.run();
    return id;
  }

  @Override
  public BatchId batchAfter(JobId parent, Consumer<Batch> jobs) {
    BatchId id = super.batchAfter(parent, jobs);
    onNewJobs.run();
    return id;
  }

  @Override
  public void requeue(JobId id) {
    super.requeue(id);
    onNewJobs.run();
  }

  @Override
  public boolean resumeQueue(String queue) {
    boolean resumed = super.resumeQueue(queue);
    onNewJobs.run();
    return resumed;
  }

  @Override
  public JobClient as(String actor) {
    return new KitClient(super.as(actor), onNewJobs);
  }
}
