package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.stoker.Stoker;
import dev.stoker.testing.Await;
import dev.stoker.testing.RestartablePostgres;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stops and starts again, twice, under two running servers while thousands of short jobs
 * run and their outcomes are being written: the servers log it, back off, reconnect and carry on,
 * and every job runs exactly as often as it should. Needs a PostgreSQL of its own to restart.
 */
class PostgresRestartTest {

  private static final Duration OUTAGE = Duration.ofSeconds(2);

  private static Stoker server(HikariDataSource dataSource) {
    return builder(dataSource).start();
  }

  private static Stoker.Builder builder(HikariDataSource dataSource) {
    return Stoker.builder()
        .dataSource(dataSource)
        .workers(4)
        .pollInterval(Duration.ofMillis(20))
        .heartbeatInterval(Duration.ofMillis(100))
        .serverTimeout(Duration.ofSeconds(10))
        .retryBackoff(ShortJobs.NO_WAIT);
  }

  @Test
  void running_servers_carry_on_after_postgresql_restarts_and_run_each_job_as_often_as_it_should()
      throws Exception {
    ShortJobs jobs = new ShortJobs(UUID.randomUUID().toString(), 2000);
    try (RestartablePostgres postgres = RestartablePostgres.start();
        HikariDataSource firstPool = postgres.pool("first");
        HikariDataSource secondPool = postgres.pool("second");
        Stoker observer = builder(firstPool).withoutServer().start()) {
      jobs.enqueue(observer.client());
      Stoker first = server(firstPool);
      Stoker second = server(secondPool);
      try {
        for (int restart = 1; restart <= 2; restart++) {
          int progress = jobs.total() * restart / 3;
          Await.until(progress + " runs", Duration.ofMinutes(2), () -> jobs.runs() >= progress);
          assertThat(jobs.runs()).as("runs before restart " + restart).isLessThan(jobs.total());
          postgres.stopFor(OUTAGE);
        }
        jobs.awaitAllSucceeded(observer);
      } finally {
        second.close();
        first.close();
      }
      jobs.assertEachRanAsOftenAsItShould(observer);
    }
  }
}
