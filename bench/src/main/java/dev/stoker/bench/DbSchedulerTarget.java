package dev.stoker.bench;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * db-scheduler with its lock-and-fetch polling ({@code SELECT ... FOR UPDATE SKIP LOCKED} that
 * marks the rows picked in one statement) at a 100 ms poll interval. It enforces no smallest
 * interval; 100 ms is the one the table used. A one-time task's row is deleted once it ran:
 * it keeps no history.
 */
final class DbSchedulerTarget implements Target {

  private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

  private static final OneTimeTask<Long> NOOP =
      Tasks.oneTime("bench-noop", Long.class)
          .execute((instance, context) -> Tally.ran(instance.getData()));

  @Override
  public String name() {
    return "db-scheduler " + Versions.of("db-scheduler");
  }

  @Override
  public String configuration() {
    return "pollUsingLockAndFetch(0.5, 1.0), poll interval "
        + POLL_INTERVAL.toMillis()
        + " ms, its default Java serialization of the task data; a done one-time task's row is"
        + " deleted (no history)";
  }

  @Override
  public Duration pollInterval() {
    return POLL_INTERVAL;
  }

  @Override
  public void createSchema(DataSource dataSource) throws SQLException, IOException {
    try (InputStream in = getClass().getResourceAsStream("/db-scheduler-tables.sql")) {
      Sql.execute(dataSource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Override
  public Client client(DataSource dataSource) {
    SchedulerClient client = SchedulerClient.Builder.create(dataSource, NOOP).build();
    return new Client() {
      @Override
      public void enqueue(long ticket) {
        client.scheduleIfNotExists(NOOP.instance(Long.toString(ticket), ticket), Instant.now());
      }

      @Override
      public void enqueueAll(int count) {
        Stream<TaskInstance<?>> instances =
            LongStream.range(0, count)
                .mapToObj(ticket -> NOOP.instance(Long.toString(ticket), ticket));
        client.scheduleBatch(instances, Instant.now());
      }

      @Override
      public void close() {
        // The client holds no resources of its own.
      }
    };
  }

  @Override
  public Server server(DataSource dataSource, int workers) {
    Scheduler scheduler =
        Scheduler.create(dataSource, NOOP)
            .threads(workers)
            .pollingInterval(POLL_INTERVAL)
            .pollUsingLockAndFetch(0.5, 1.0)
            .build();
    scheduler.start();
    return scheduler::stop;
  }

  @Override
  public long waiting(DataSource dataSource) throws SQLException {
    return Sql.count(dataSource, "select count(*) from scheduled_tasks where not picked");
  }

  @Override
  public long done(DataSource dataSource, long created) throws SQLException {
    return created - Sql.count(dataSource, "select count(*) from scheduled_tasks");
  }
}
