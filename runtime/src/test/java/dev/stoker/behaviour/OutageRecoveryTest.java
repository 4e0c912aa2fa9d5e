package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.TestBlocksJobs;
import dev.stoker.jobs.TestSleepJobs;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.ServerInfo;
import dev.stoker.testing.Await;
import dev.stoker.testing.BreakableDataSource;
import dev.stoker.testing.RestartablePostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PostgreSQL goes away for a few seconds, or for four server timeouts, just after a server was
 * killed. Once it is back, jobs start again at once; the killed server's jobs come back one server
 * timeout after the database's return (which is later than its last beat), not before and not much
 * after; and no live server, nor one started right after the outage, takes the servers that lived
 * through it for dead.
 */
class OutageRecoveryTest {

  private static final Duration HEARTBEAT = Duration.ofMillis(200);
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  /** How soon jobs start again after the database's return. */
  private static final Duration RESTART_WITHIN = Duration.ofSeconds(2);

  /** How late, past the rule, a dead server's jobs may come back on a loaded machine. */
  private static final Duration RESCUE_LATENESS = Duration.ofMillis(1500);

  private final List<AutoCloseable> toClose = new ArrayList<>();
  private final String token = UUID.randomUUID().toString();

  private <T extends AutoCloseable> T closeAfter(T closeable) {
    toClose.add(closeable);
    return closeable;
  }

  private Stoker server(DataSource dataSource, int workers) {
    return closeAfter(
        Stoker.builder()
            .dataSource(dataSource)
            .workers(workers)
            .pollInterval(Duration.ofMillis(50))
            .heartbeatInterval(HEARTBEAT)
            .serverTimeout(TIMEOUT)
            .shutdownGrace(Duration.ofMillis(100))
            .start());
  }

  @ParameterizedTest(name = "outage of {0} s")
  @ValueSource(ints = {3, 12})
  void after_an_outage_jobs_start_at_once_and_only_the_killed_servers_jobs_come_back_on_time(
      int outageSeconds) throws Exception {
    try (RestartablePostgres postgres = RestartablePostgres.start()) {
      // The test reads through a pool of its own; the servers connect without one.
      Stoker observer =
          closeAfter(
              Stoker.builder()
                  .dataSource(closeAfter(postgres.pool("observer")))
                  .withoutServer()
                  .start());
      BreakableDataSource victimsLink = new BreakableDataSource(postgres.unpooled());
      Stoker victim = server(victimsLink, 1);
      JobId victimsJob = TestBlocksJobs.using(observer.client()).enqueue(token);
      Await.until("the victim runs its job", () -> serverOf(observer, victimsJob) != null);
      String victimId = serverOf(observer, victimsJob);

      server(postgres.unpooled(), 8);
      server(postgres.unpooled(), 8);
      List<JobId> blocking = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        blocking.add(TestBlocksJobs.using(observer.client()).enqueue(token));
      }
      Await.until(
          "the servers run the other jobs, and have run for a server timeout",
          () ->
              blocking.stream().allMatch(id -> serverOf(observer, id) != null)
                  && observer.monitoring().servers().size() == 3
                  && observer.monitoring().servers().stream()
                      .allMatch(info -> info.startedAt().plus(TIMEOUT).isBefore(Instant.now())));
      List<String> survivors =
          observer.monitoring().servers().stream()
              .map(ServerInfo::id)
              .filter(id -> !id.equals(victimId))
              .toList();
      List<JobId> survivorsJobs =
          blocking.stream().filter(id -> !victimId.equals(serverOf(observer, id))).toList();
      assertThat(survivorsJobs).as("jobs the survivors run").isNotEmpty();
      List<JobId> work = new ArrayList<>();
      BatchId workBatch =
          observer
              .client()
              .batch(
                  batch -> {
                    for (int i = 0; i < 200; i++) {
                      work.add(TestSleepJobs.using(observer.client()).in(batch).enqueue(token, 20));
                    }
                  });

      victimsLink.breakConnections(); // killed: it never reaches the database again
      Instant returned = postgres.stopFor(Duration.ofSeconds(outageSeconds));
      Instant databaseStarted = postmasterStart(postgres.unpooled());
      server(postgres.unpooled(), 2); // started right after it

      try {
        Await.until(
            "the work is done", Duration.ofMinutes(1), () -> allSucceeded(observer, workBatch));
      } catch (AssertionError e) {
        throw new AssertionError(
            e.getMessage()
                + ": "
                + observer.monitoring().batch(workBatch)
                + " "
                + observer.monitoring().counts(),
            e);
      }
      Instant firstStartAfter =
          work.stream()
              .flatMap(id -> history(observer, id).stream())
              .filter(entry -> entry.to() == JobState.PROCESSING && entry.at().isAfter(returned))
              .map(HistoryEntry::at)
              .min(Instant::compareTo)
              .orElseThrow();
      assertThat(Duration.between(returned, firstStartAfter))
          .as("time from the database's return to the first job started")
          .isLessThan(RESTART_WITHIN);

      Await.until(
          "the killed server's job came back",
          Duration.ofMinutes(1),
          () -> rescueOf(observer, victimsJob, victimId) != null);
      Instant rescued = rescueOf(observer, victimsJob, victimId).at();
      assertThat(rescued)
          .as("the killed server's job came back one timeout after the database's return")
          .isAfterOrEqualTo(databaseStarted.plus(TIMEOUT))
          .isBefore(returned.plus(TIMEOUT).plus(RESCUE_LATENESS));

      // Past the time any wrong judgement of the live servers would have been made.
      Instant judged = Instant.now().plus(TIMEOUT).plus(HEARTBEAT.multipliedBy(5));
      Await.until("a server timeout passed", () -> Instant.now().isAfter(judged));
      for (JobId id : survivorsJobs) {
        assertThat(history(observer, id))
            .as("history of a job that ran on a live server through the outage")
            .extracting(HistoryEntry::to)
            .containsExactly(JobState.ENQUEUED, JobState.PROCESSING);
      }
      assertThat(observer.monitoring().servers())
          .extracting(ServerInfo::id)
          .hasSize(3)
          .containsAll(survivors)
          .doesNotContain(victimId);
      blocking.forEach(observer.client()::delete);
      observer.client().delete(victimsJob);
      victim.close();
    } finally {
      for (AutoCloseable closeable : toClose.reversed()) {
        closeable.close();
      }
    }
  }

  private static String serverOf(Stoker observer, JobId id) {
    var job = observer.monitoring().job(id).orElseThrow();
    return job.state() == JobState.PROCESSING ? job.serverId() : null;
  }

  private static List<HistoryEntry> history(Stoker observer, JobId id) {
    return observer.monitoring().job(id).orElseThrow().history();
  }

  private static boolean allSucceeded(Stoker observer, BatchId batch) {
    try {
      var progress = observer.monitoring().batch(batch).orElseThrow();
      return progress.succeeded() == progress.total();
    } catch (DataAccessException databaseAway) {
      return false;
    }
  }

  private static HistoryEntry rescueOf(Stoker observer, JobId id, String serverId) {
    return history(observer, id).stream()
        .filter(entry -> entry.reason().startsWith("Server " + serverId + " stopped beating"))
        .findFirst()
        .orElse(null);
  }

  private static Instant postmasterStart(DataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select pg_postmaster_start_time()")) {
      row.next();
      return row.getTimestamp(1).toInstant();
    }
  }
}
