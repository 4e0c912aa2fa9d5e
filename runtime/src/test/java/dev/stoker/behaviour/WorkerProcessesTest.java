package dev.stoker.behaviour;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_HISTORY;
import static dev.stoker.schema.Tables.STOKER_SERVER;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.ProcessJobs;
import dev.stoker.jobs.TestProcessWorkJobs;
import dev.stoker.testing.Await;
import dev.stoker.testing.PostgresDatabases;
import dev.stoker.testing.WorkerProcess;
import dev.stoker.testing.WorkerProcesses;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Three worker processes (separate JVMs) share thousands of jobs on one PostgreSQL; one is killed
 * with SIGKILL and one stopped with SIGTERM while jobs run. No job is lost; only jobs the killed
 * process held run twice; the stopped one hands its jobs back itself, without waiting for the
 * timeout that the killed one's jobs wait for.
 */
class WorkerProcessesTest {

  private static final int JOBS = 2000;
  private static final int ENQUEUERS = 4;
  private static final int LONG_JOB_EVERY = 100;
  private static final int SHORT_MILLIS = 2;
  private static final int LONG_MILLIS = 2000;
  private static final Duration SERVER_TIMEOUT = WorkerProcess.SERVER_TIMEOUT;

  /** One row of a job's history. */
  private record Change(
      UUID job,
      JobState from,
      JobState to,
      String reason,
      String server,
      int attempt,
      Instant at) {}

  /** One attempt, as the history tells it: who ran it and how it ended. */
  private record Attempt(UUID job, int number, String ranOn, Change end) {}

  @Test
  void killed_and_stopped_worker_processes_lose_no_job_and_only_the_killed_ones_jobs_run_twice()
      throws Exception {
    try (HikariDataSource dataSource = PostgresDatabases.newDatabase(8);
        WorkerProcesses processes = new WorkerProcesses()) {
      DSLContext dsl = DSL.using(dataSource, SQLDialect.POSTGRES);
      dsl.execute(ProcessJobs.CREATE_TABLE);

      // Three servers starting together on an empty database.
      Process killed = processes.start(dataSource.getJdbcUrl());
      Process stopped = processes.start(dataSource.getJdbcUrl());
      Process survivor = processes.start(dataSource.getJdbcUrl());
      Await.until("three servers registered", Duration.ofMinutes(2), () -> servers(dsl) == 3);
      assertThat(SchemaVersions.countsPerVersion(dataSource))
          .as("times each schema version was applied")
          .containsOnlyKeys(SchemaVersions.expected())
          .allSatisfy((version, times) -> assertThat(times).isEqualTo(1));
      String killedId = serverOf(dsl, killed);
      String stoppedId = serverOf(dsl, stopped);

      try (Stoker stoker = Stoker.builder().dataSource(dataSource).withoutServer().start()) {
        Set<UUID> longJobs = enqueue(stoker, dsl);
        Await.until(
            "the process to kill holds jobs, and the one to stop a long one it just started",
            () ->
                processingByServer(dsl).containsKey(killedId)
                    && startedLately(dsl, stoppedId).stream().anyMatch(longJobs::contains));

        killed.destroyForcibly();
        stopped.destroy();
        Instant signalled = Instant.now();

        assertThat(stopped.waitFor(1, TimeUnit.MINUTES)).as("the stopped process exited").isTrue();
        assertThat(processingByServer(dsl))
            .as("jobs left PROCESSING on the stopped process")
            .doesNotContainKey(stoppedId);
        assertThat(registeredIds(dsl)).doesNotContain(stoppedId);

        Await.until(
            "every job succeeded",
            Duration.ofMinutes(3),
            () -> stoker.monitoring().counts().count(JobState.SUCCEEDED) == JOBS);
        survivor.destroy();
        survivor.waitFor(1, TimeUnit.MINUTES);

        List<Attempt> attempts = attempts(dsl);
        Map<UUID, List<Long>> runs = runsByJob(dsl);
        assertThat(runs).as("jobs whose side effect happened").hasSize(JOBS);

        // SIGKILL: the killed process's unfinished jobs went back after its heartbeat timed out.
        List<Attempt> lostWithKilled =
            attempts.stream()
                .filter(a -> a.ranOn().equals(killedId) && !killedId.equals(a.end().server()))
                .toList();
        assertThat(lostWithKilled).isNotEmpty();
        assertThat(lostWithKilled)
            .allSatisfy(
                a -> {
                  assertThat(a.end().to()).isEqualTo(JobState.ENQUEUED);
                  assertThat(a.end().reason())
                      .startsWith("Server " + killedId + " stopped beating its heartbeat");
                  assertThat(Duration.between(signalled, a.end().at()))
                      .isGreaterThanOrEqualTo(SERVER_TIMEOUT.dividedBy(2));
                });

        // SIGTERM: the stopped process ended every attempt it ran itself, handing back at once
        // those that did not finish within its grace period (the long job it had just started
        // among them) and those still waiting in its waiting room for a worker.
        List<Attempt> ranOnStopped =
            attempts.stream().filter(a -> a.ranOn().equals(stoppedId)).toList();
        assertThat(ranOnStopped).allSatisfy(a -> assertThat(a.end().server()).isEqualTo(stoppedId));
        List<Attempt> handedBack =
            ranOnStopped.stream().filter(a -> a.end().to() == JobState.ENQUEUED).toList();
        assertThat(handedBack).isNotEmpty();
        assertThat(handedBack)
            .allSatisfy(
                a -> {
                  assertThat(a.end().reason())
                      .isIn(
                          "Server " + stoppedId + " shut down before the job ended",
                          "Server " + stoppedId + " shut down before the job started");
                  assertThat(Duration.between(signalled, a.end().at())).isLessThan(SERVER_TIMEOUT);
                });
        assertThat(handedBack)
            .extracting(a -> a.end().reason())
            .contains("Server " + stoppedId + " shut down before the job ended");

        // Only jobs the killed process held ran more than once.
        Set<UUID> heldByKilled =
            attempts.stream()
                .filter(a -> a.ranOn().equals(killedId))
                .map(Attempt::job)
                .collect(Collectors.toSet());
        Map<UUID, List<Long>> repeated =
            runs.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(repeated.keySet()).isSubsetOf(heldByKilled);
        assertThat(repeated.values()).allSatisfy(pids -> assertThat(pids).contains(killed.pid()));
      }
    }
  }

  /**
   * Enqueues the jobs, a long one among the short, from a few threads at once, each in one
   * transaction; returns the long ones.
   */
  private static Set<UUID> enqueue(Stoker stoker, DSLContext dsl) throws Exception {
    Set<UUID> longJobs = ConcurrentHashMap.newKeySet();
    List<Callable<Void>> batches = new ArrayList<>();
    for (int batch = 0; batch < ENQUEUERS; batch++) {
      int first = batch * JOBS / ENQUEUERS;
      int end = (batch + 1) * JOBS / ENQUEUERS;
      batches.add(
          () -> {
            dsl.transaction(
                tx -> {
                  var client = TestProcessWorkJobs.using(stoker.client().inTransaction(tx.dsl()));
                  for (int i = first; i < end; i++) {
                    boolean isLong = i % LONG_JOB_EVERY == 0;
                    JobId id = client.enqueue(isLong ? LONG_MILLIS : SHORT_MILLIS);
                    if (isLong) {
                      longJobs.add(id.value());
                    }
                  }
                });
            return null;
          });
    }
    ExecutorService enqueuers = Executors.newFixedThreadPool(ENQUEUERS);
    try {
      for (Future<Void> done : enqueuers.invokeAll(batches)) {
        done.get();
      }
    } finally {
      enqueuers.shutdown();
    }
    return longJobs;
  }

  private static int servers(DSLContext dsl) {
    try {
      return dsl.fetchCount(STOKER_SERVER);
    } catch (DataAccessException schemaNotThereYet) {
      return 0;
    }
  }

  private static Set<String> registeredIds(DSLContext dsl) {
    return new HashSet<>(dsl.select(STOKER_SERVER.ID).from(STOKER_SERVER).fetch(STOKER_SERVER.ID));
  }

  private static String serverOf(DSLContext dsl, Process process) {
    return dsl.select(STOKER_SERVER.ID)
        .from(STOKER_SERVER)
        .where(STOKER_SERVER.PID.eq(process.pid()))
        .fetchSingle(STOKER_SERVER.ID);
  }

  private static Map<String, Set<UUID>> processingByServer(DSLContext dsl) {
    var j = STOKER_JOB;
    return dsl
        .select(j.SERVER_ID, j.ID)
        .from(j)
        .where(j.STATE.eq(JobState.PROCESSING.name()))
        .fetchGroups(j.SERVER_ID, j.ID)
        .entrySet()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
  }

  /** The jobs the server started within the last half of a long job's run, still running. */
  private static Set<UUID> startedLately(DSLContext dsl, String serverId) {
    var j = STOKER_JOB;
    return new HashSet<>(
        dsl.select(j.ID)
            .from(j)
            .where(j.STATE.eq(JobState.PROCESSING.name()))
            .and(j.SERVER_ID.eq(serverId))
            .and(j.STATE_CHANGED_AT.gt(Instant.now().minusMillis(LONG_MILLIS / 2)))
            .fetch(j.ID));
  }

  private static Map<UUID, List<Long>> runsByJob(DSLContext dsl) {
    return dsl.resultQuery("select job_id, pid from process_run").fetch().stream()
        .collect(
            Collectors.groupingBy(
                row -> row.get(0, UUID.class),
                Collectors.mapping(row -> row.get(1, Long.class), Collectors.toList())));
  }

  /**
   * Every attempt a server started, with the history entry that ended it: one row, which keeps the
   * attempt's start (its server) with its end; the attempt that succeeded is kept by its job's row.
   */
  private static List<Attempt> attempts(DSLContext dsl) {
    var j = STOKER_JOB;
    List<Attempt> attempts = new ArrayList<>();
    for (var row : dsl.selectFrom(j).where(j.STATE.eq(JobState.SUCCEEDED.name())).fetch()) {
      if (row.getStartedAt() == null) {
        throw new AssertionError("Success without its attempt's start: job " + row.getId());
      }
      Change end =
          new Change(
              row.getId(),
              JobState.PROCESSING,
              JobState.SUCCEEDED,
              row.getSuccessReason(),
              row.getServerId(),
              row.getAttempt(),
              row.getStateChangedAt());
      attempts.add(new Attempt(row.getId(), row.getAttempt(), row.getServerId(), end));
    }
    var h = STOKER_JOB_HISTORY;
    for (var row : dsl.selectFrom(h).where(h.FROM_STATE.eq(JobState.PROCESSING.name())).fetch()) {
      Change end =
          new Change(
              row.getJobId(),
              JobState.PROCESSING,
              JobState.valueOf(row.getToState()),
              row.getReason(),
              row.getServerId(),
              row.getAttempt(),
              row.getAt());
      if (row.getStartedBy() == null) {
        throw new AssertionError("Attempt without its start: " + end);
      }
      attempts.add(new Attempt(row.getJobId(), row.getAttempt(), row.getStartedBy(), end));
    }
    return attempts;
  }
}
