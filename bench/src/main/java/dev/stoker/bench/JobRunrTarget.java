package dev.stoker.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.server.BackgroundJobServer;
import org.jobrunr.server.BackgroundJobServerConfiguration;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.StorageProviderUtils.DatabaseOptions;
import org.jobrunr.storage.sql.postgres.PostgresStorageProvider;
import org.jobrunr.utils.mapper.JsonMapper;
import org.jobrunr.utils.mapper.jackson3.Jackson3JsonMapper;

/**
 * JobRunr's open-source edition on its PostgreSQL SQL storage, at the smallest poll interval it
 * accepts there (it refuses anything under 5 s; its default is 15 s).
 */
final class JobRunrTarget implements Target {

  private static final Duration POLL_INTERVAL = Duration.ofSeconds(5);

  private final JsonMapper json = new Jackson3JsonMapper();

  @Override
  public String name() {
    return "JobRunr " + Versions.of("jobrunr");
  }

  @Override
  public String configuration() {
    return "open-source edition, PostgresStorageProvider, poll interval "
        + POLL_INTERVAL.toSeconds()
        + " s (the smallest it accepts on SQL storage; default 15 s), Jackson 3 mapper; keeps"
        + " each job's state history in its JSON";
  }

  @Override
  public Duration pollInterval() {
    return POLL_INTERVAL;
  }

  @Override
  public void createSchema(DataSource dataSource) {
    storage(dataSource, DatabaseOptions.CREATE).close();
  }

  private StorageProvider storage(DataSource dataSource, DatabaseOptions options) {
    StorageProvider storage = new PostgresStorageProvider(dataSource, options);
    storage.setJobMapper(new JobMapper(json));
    return storage;
  }

  @Override
  public Client client(DataSource dataSource) {
    StorageProvider storage = storage(dataSource, DatabaseOptions.SKIP_CREATE);
    JobScheduler scheduler = new JobScheduler(storage);
    return new Client() {
      @Override
      public void enqueue(long ticket) {
        scheduler.enqueue(() -> JobRunrNoop.run(ticket));
      }

      @Override
      public void enqueueAll(int count) {
        scheduler.enqueue(LongStream.range(0, count).boxed(), ticket -> JobRunrNoop.run(ticket));
      }

      @Override
      public void close() {
        storage.close();
      }
    };
  }

  @Override
  public Server server(DataSource dataSource, int workers) {
    StorageProvider storage = storage(dataSource, DatabaseOptions.SKIP_CREATE);
    BackgroundJobServer server =
        new BackgroundJobServer(
            storage,
            json,
            JobRunrTarget::newInstance,
            BackgroundJobServerConfiguration.usingStandardBackgroundJobServerConfiguration()
                .andWorkerCount(workers)
                .andPollInterval(POLL_INTERVAL));
    server.start();
    return () -> {
      server.stop();
      storage.close();
    };
  }

  private static <T> T newInstance(Class<T> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot create " + type.getName(), e);
    }
  }

  @Override
  public long waiting(DataSource dataSource) throws SQLException {
    return Sql.count(dataSource, "select count(*) from jobrunr_jobs where state = 'ENQUEUED'");
  }

  @Override
  public long done(DataSource dataSource, long created) throws SQLException {
    return Sql.count(dataSource, "select count(*) from jobrunr_jobs where state = 'SUCCEEDED'");
  }
}
