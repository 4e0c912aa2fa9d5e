package dev.stoker.client;

import dev.stoker.BatchId;
import dev.stoker.Enqueued;
import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.RecurringJobs;
import dev.stoker.job.Batch;
import dev.stoker.job.JobRequest;
import java.sql.Connection;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * A client that hands every call to another one, for clients that add something to some calls
 * (joining a container's transaction, running jobs inline in a test) and leave the rest as they
 * are: override those calls only.
 */
public abstract class ForwardingJobClient implements JobClient {

  private final JobClient delegate;

  protected ForwardingJobClient(JobClient delegate) {
    this.delegate = delegate;
  }

  /** The client the calls go to. */
  protected final JobClient delegate() {
    return delegate;
  }

  @Override
  public JobId submit(JobRequest request) {
    return delegate.submit(request);
  }

  @Override
  public Enqueued submitUnique(JobRequest request) {
    return delegate.submitUnique(request);
  }

  @Override
  public BatchId batch(Consumer<Batch> jobs) {
    return delegate.batch(jobs);
  }

  @Override
  public BatchId batchAfter(JobId parent, Consumer<Batch> jobs) {
    return delegate.batchAfter(parent, jobs);
  }

  @Override
  public void deleteBatch(BatchId id) {
    delegate.deleteBatch(id);
  }

  @Override
  public JobClient inTransaction(DSLContext transaction) {
    return delegate.inTransaction(transaction);
  }

  @Override
  public JobClient inTransaction(Connection connection) {
    return delegate.inTransaction(connection);
  }

  @Override
  public void requeue(JobId id) {
    delegate.requeue(id);
  }

  @Override
  public void delete(JobId id) {
    delegate.delete(id);
  }

  @Override
  public RecurringJobs recurringJobs() {
    return delegate.recurringJobs();
  }

  @Override
  public JobClient as(String actor) {
    return delegate.as(actor);
  }

  @Override
  public void pauseQueue(String queue) {
    delegate.pauseQueue(queue);
  }

  @Override
  public boolean resumeQueue(String queue) {
    return delegate.resumeQueue(queue);
  }
}
