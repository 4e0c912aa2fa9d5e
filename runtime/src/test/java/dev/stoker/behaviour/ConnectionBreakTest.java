package dev.stoker.behaviour;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.stoker.Stoker;
import dev.stoker.testing.Await;
import dev.stoker.testing.BreakableDataSource;
import dev.stoker.testing.TestDatabase;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The database link breaks again and again under two servers while many short jobs run and their
 * outcomes are being written, answers lost after the database did the work: every job runs exactly
 * as often as it should, and no failure is lost.
 */
class ConnectionBreakTest extends DatabaseTest {

  // H2 claims lock every row they read, so two servers there go through fewer jobs in a while.
  private static final Map<TestDatabase, Integer> JOBS =
      Map.of(TestDatabase.H2, 500, TestDatabase.POSTGRES, 2000);
  private static final int BREAKS = 8;
  private static final Duration BREAK = Duration.ofMillis(150);

  private HikariDataSource pool(BreakableDataSource link, String name) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(link);
    config.setMaximumPoolSize(8);
    // Fail fast while the link is broken: Stoker backs off and tries again by itself.
    config.setConnectionTimeout(250);
    config.setValidationTimeout(250);
    config.setPoolName(name);
    return closeAfter(new HikariDataSource(config));
  }

  private Stoker server(HikariDataSource pool) {
    return closeAfter(
        Stoker.builder()
            .dataSource(pool)
            .workers(4)
            .pollInterval(Duration.ofMillis(20))
            .heartbeatInterval(Duration.ofMillis(100))
            .serverTimeout(Duration.ofSeconds(10))
            .shutdownGrace(Duration.ofSeconds(1))
            .retryBackoff(ShortJobs.NO_WAIT)
            .start());
  }

  @Test
  void every_job_runs_as_often_as_it_should_while_connections_break_under_running_servers()
      throws InterruptedException {
    // The test itself reads and writes past the faults.
    Stoker observer =
        closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());
    ShortJobs jobs = new ShortJobs(token, JOBS.get(database)).enqueue(observer.client());
    BreakableDataSource link = new BreakableDataSource(db.dataSource());
    server(pool(link, "first-" + database));
    server(pool(link, "second-" + database));

    for (int i = 1; i <= BREAKS; i++) {
      int progress = jobs.total() * i / (BREAKS + 1);
      Await.until(progress + " runs", Duration.ofMinutes(2), () -> jobs.runs() >= progress);
      link.breakConnections();
      Thread.sleep(BREAK.toMillis()); // the fault itself, while jobs end and outcomes are written
      link.mend();
    }

    jobs.awaitAllSucceeded(observer);
    jobs.assertEachRanAsOftenAsItShould(observer);
  }
}
