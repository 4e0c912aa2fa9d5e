package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestSleepJobs;
import dev.stoker.testing.Await;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stops and starts again under running servers: they log it, back off, reconnect and
 * carry on, and every job completes. Needs a PostgreSQL of its own to restart.
 */
class PostgresRestartTest {

  private static final int JOBS = 400;
  private static final Duration OUTAGE = Duration.ofSeconds(2);

  @TempDir Path dataDirectory;

  private EmbeddedPostgres start(int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  private static HikariDataSource pool(EmbeddedPostgres postgres, String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(8);
    // Fail fast while the database is away: Stoker backs off and tries again by itself.
    config.setConnectionTimeout(500);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  private static Stoker server(HikariDataSource dataSource) {
    return Stoker.builder()
        .dataSource(dataSource)
        .workers(4)
        .pollInterval(Duration.ofMillis(20))
        .heartbeatInterval(Duration.ofMillis(100))
        .serverTimeout(Duration.ofSeconds(10))
        .start();
  }

  @Test
  void running_servers_carry_on_after_postgresql_restarts_and_every_job_completes()
      throws Exception {
    String token = UUID.randomUUID().toString();
    EmbeddedPostgres postgres = start(0);
    int port = postgres.getPort();
    try (HikariDataSource firstPool = pool(postgres, "first");
        HikariDataSource secondPool = pool(postgres, "second");
        Stoker first = server(firstPool);
        Stoker second = server(secondPool)) {
      List<JobId> ids = new ArrayList<>();
      for (int i = 0; i < JOBS; i++) {
        ids.add(TestSleepJobs.using(first.client()).enqueue(token, 20));
      }
      Await.until("a quarter of the jobs ran", () -> Executions.count(token) >= JOBS / 4);

      postgres.close();
      int ranBefore = Executions.count(token);
      Thread.sleep(OUTAGE.toMillis()); // the outage itself, while jobs that ran try to record it
      postgres = start(port);

      Await.until("every job succeeded", Duration.ofMinutes(2), () -> succeeded(first) == JOBS);
      assertThat(ranBefore).as("jobs had run before the outage").isLessThan(JOBS);
      Set<JobId> ran =
          Executions.of(token).stream().map(Executions.Execution::job).collect(Collectors.toSet());
      assertThat(ran).containsExactlyInAnyOrderElementsOf(ids);
      assertThat(first.monitoring().counts().count(JobState.PROCESSING)).isZero();
    } finally {
      postgres.close();
    }
  }

  /** Jobs succeeded, or -1 while the restarted database does not take connections yet. */
  private static long succeeded(Stoker stoker) {
    try {
      return stoker.monitoring().counts().count(JobState.SUCCEEDED);
    } catch (DataAccessException notBackYet) {
      return -1;
    }
  }
}
