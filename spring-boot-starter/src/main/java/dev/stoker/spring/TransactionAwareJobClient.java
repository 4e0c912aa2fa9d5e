package dev.stoker.spring;

import dev.stoker.BatchId;
import dev.stoker.Enqueued;
import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.client.ForwardingJobClient;
import dev.stoker.job.Batch;
import dev.stoker.job.JobRequest;
import java.sql.Connection;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The client Spring applications use, and the one installed for the generated static calls: inside
 * a transaction that Spring manages on Stoker's DataSource ({@code @Transactional}, a {@code
 * TransactionTemplate}), jobs are written on that transaction's connection, so they exist, and run,
 * only if it commits. Outside one, each call is a transaction of its own.
 */
final class TransactionAwareJobClient extends ForwardingJobClient {

  private final DataSource dataSource;

  TransactionAwareJobClient(JobClient client, DataSource dataSource) {
    super(client);
    this.dataSource = dataSource;
  }

  @Override
  public JobId submit(JobRequest request) {
    return inCurrentTransaction(client -> client.submit(request));
  }

  @Override
  public Enqueued submitUnique(JobRequest request) {
    return inCurrentTransaction(client -> client.submitUnique(request));
  }

  @Override
  public BatchId batch(Consumer<Batch> jobs) {
    return inCurrentTransaction(client -> client.batch(jobs));
  }

  @Override
  public BatchId batchAfter(JobId parent, Consumer<Batch> jobs) {
    return inCurrentTransaction(client -> client.batchAfter(parent, jobs));
  }

  @Override
  public void deleteBatch(BatchId id) {
    runInCurrentTransaction(client -> client.deleteBatch(id));
  }

  @Override
  public void requeue(JobId id) {
    runInCurrentTransaction(client -> client.requeue(id));
  }

  @Override
  public void delete(JobId id) {
    runInCurrentTransaction(client -> client.delete(id));
  }

  @Override
  public JobClient as(String actor) {
    return new TransactionAwareJobClient(delegate().as(actor), dataSource);
  }

  @Override
  public void pauseQueue(String queue) {
    runInCurrentTransaction(client -> client.pauseQueue(queue));
  }

  @Override
  public boolean resumeQueue(String queue) {
    return inCurrentTransaction(client -> client.resumeQueue(queue));
  }

  private void runInCurrentTransaction(Consumer<JobClient> call) {
    inCurrentTransaction(
        client -> {
          call.accept(client);
          return null;
        });
  }

  private <T> T inCurrentTransaction(Function<JobClient, T> call) {
    // Only a transaction on Stoker's own DataSource can hold its jobs; one on another database
    // (a second DataSource, a JMS session) cannot, and the call then commits on its own.
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.hasResource(dataSource)) {
      return call.apply(delegate());
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      return call.apply(delegate().inTransaction(connection));
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
