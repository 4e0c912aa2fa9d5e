package dev.stoker.server;

import static dev.stoker.server.UnitJobs.SERVER;
import static dev.stoker.server.UnitJobs.enqueued;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobState;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.NewJob;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

  private final InMemoryStore store = new InMemoryStore();
  private final HeldAttempts held = new HeldAttempts();
  private final TestClock clock = TestClock.atFixedMoment();
  private final OutcomeRecorder recorder = new OutcomeRecorder(store, clock, SERVER, held);
  private final Watchdog watchdog = new Watchdog(Duration.ofMillis(20));
  private final AtomicInteger idleCalls = new AtomicInteger();
  private WorkerPool pool;

  @AfterEach
  void close() {
    if (pool != null) {
      pool.closeWaitingRoom();
      pool.shutDown(Duration.ZERO, Duration.ZERO);
    }
    watchdog.close();
  }

  private WorkerPool pool(int workers, dev.stoker.job.JobHandler handler) {
    pool =
        new WorkerPool(
            workers,
            UnitJobs.runner(recorder, clock, handler),
            watchdog,
            held,
            idleCalls::incrementAndGet);
    return pool;
  }

  /** A job that counts its starts, then waits until released. */
  private static dev.stoker.job.JobHandler waitsFor(CountDownLatch release, AtomicInteger started) {
    return UnitJobs.handler(
        "unit.waits",
        null,
        invocation -> {
          started.incrementAndGet();
          release.await();
        });
  }

  private List<ClaimedJob> claim(String name, int count) {
    List<NewJob> jobs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      jobs.add(enqueued(name, "default"));
    }
    store.insert(jobs, UnitJobs.NOW, false);
    List<ClaimedJob> claimed = store.claim(SERVER, "default", Set.of(name), count, UnitJobs.NOW);
    claimed.forEach(held::hold);
    return claimed;
  }

  @Test
  void runs_each_job_once_on_its_workers_and_records_how_it_ended() {
    Map<ClaimedJob, Integer> runs = new ConcurrentHashMap<>();
    WorkerPool pool =
        pool(
            2,
            UnitJobs.handler(
                "unit.record",
                null,
                invocation ->
                    runs.merge(((RunningJob) invocation.context()).job(), 1, Integer::sum)));
    List<ClaimedJob> jobs = claim("unit.record", 10);

    jobs.forEach(pool::start);

    Await.until("every job ended", () -> held.all().isEmpty());
    assertThat(runs)
        .containsOnlyKeys(jobs)
        .allSatisfy((job, count) -> assertThat(count).isEqualTo(1));
    assertThat(jobs)
        .allSatisfy(job -> assertThat(store.row(job.id()).state).isEqualTo(JobState.SUCCEEDED));
    assertThat(idleCalls.get()).as("a worker became free after each job").isEqualTo(10);
  }

  @Test
  void gives_up_a_job_that_ignores_its_timeout_and_frees_its_worker() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    WorkerPool pool =
        pool(
            1,
            UnitJobs.handler(
                "unit.hangs",
                Duration.ofMillis(20),
                invocation -> {
                  while (true) {
                    try {
                      release.await();
                      return;
                    } catch (InterruptedException ignored) {
                      // A job that will not stop when asked.
                    }
                  }
                }));
    ClaimedJob job = claim("unit.hangs", 1).getFirst();

    pool.start(job);

    Await.until("the job was given up", () -> held.all().isEmpty());
    assertThat(store.row(job.id()).state).as("timed out: retried").isEqualTo(JobState.SCHEDULED);
    Await.until("its worker is free", () -> pool.freePlaces() > 0 && idleCalls.get() == 1);
    release.countDown();
  }

  @Test
  void a_claimed_job_no_worker_started_goes_back_at_shutdown_without_running() {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    WorkerPool pool = pool(1, waitsFor(release, started));
    List<ClaimedJob> jobs = claim("unit.waits", 2);

    jobs.forEach(pool::start);
    Await.until("the first job started", () -> started.get() == 1);
    List<ClaimedJob> notStarted = pool.closeWaitingRoom();
    release.countDown();

    assertThat(notStarted).containsExactly(jobs.get(1));
    assertThat(started.get()).isEqualTo(1);
  }

  @Test
  void a_waiting_job_no_longer_held_does_not_start() {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    WorkerPool pool = pool(1, waitsFor(release, started));
    List<ClaimedJob> jobs = claim("unit.waits", 2);
    jobs.forEach(pool::start);
    Await.until("the first job started", () -> started.get() == 1);

    pool.cancel(Set.of(jobs.get(1)), Cancellation.NOT_CURRENT);
    release.countDown();

    Await.until(
        "the first job ended", () -> store.row(jobs.get(0).id()).state == JobState.SUCCEEDED);
    assertThat(pool.closeWaitingRoom()).isEmpty();
    assertThat(started.get()).isEqualTo(1);
  }
}
