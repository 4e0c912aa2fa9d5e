package dev.stoker.test;

import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.job.ExpectedJob;
import dev.stoker.monitoring.Monitoring;
import dev.stoker.testing.JobRun;
import dev.stoker.testing.ManualRunner;
import dev.stoker.testing.StoredJob;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.junit.jupiter.api.function.Executable;

/**
 * One test's Stoker, as {@link StokerTest} gives it: its jobs, a clock that moves when the test
 * says, and ways to run the jobs on the test's thread.
 *
 * <pre>{@code
 * @Test
 * void reminder_goes_out_after_fifteen_minutes(TestStoker stoker) {
 *   signup.signUp("ayse@example.com");
 *   assertEnqueued(ReminderJobs.with(42L).scheduledAt(stoker.clock().instant().plusSeconds(900)));
 *   stoker.advance(Duration.ofMinutes(15)).rethrow();
 *   assertThat(mailer.sent()).hasSize(2);
 * }
 * }</pre>
 */
public final class TestStoker {

  private static final JobState[] WAITING = {
    JobState.ENQUEUED, JobState.SCHEDULED, JobState.AWAITING
  };

  private final Stoker stoker;
  private final TestClock clock;
  private final JobInstances instances;
  private final ManualRunner runner;
  private final Drainer drainer;
  private final KitClient client;
  private RunMode mode;

  TestStoker(Stoker stoker, TestClock clock, JobInstances instances, RunMode mode) {
    this.stoker = stoker;
    this.clock = clock;
    this.instances = instances;
    this.mode = mode;
    this.runner = stoker.manualRunner();
    this.drainer = new Drainer(runner, clock, stoker.monitoring());
    this.client = new KitClient(stoker.client(), this::runInlineIfAsked);
  }

  /**
   * The test kit's Stoker of the test running on this thread; throws, saying why, on a thread that
   * runs none.
   */
  public static TestStoker current() {
    return StokerExtension.current();
  }

  /** The Stoker itself: its monitoring, recurring jobs and data source. */
  public Stoker stoker() {
    return stoker;
  }

  /**
   * The client the generated static calls use in this test. Give it to code that takes a {@code
   * JobClient}: in {@link RunMode#INLINE} its enqueues run the jobs, as the static calls do.
   */
  public JobClient client() {
    return client;
  }

  /** The jobs, their history and counts. */
  public Monitoring monitoring() {
    return stoker.monitoring();
  }

  /** The test's database, for the application's own tables. */
  public DataSource dataSource() {
    return stoker.dataSource();
  }

  /** The clock jobs are created, scheduled and run by; it moves only when the test moves it. */
  public TestClock clock() {
    return clock;
  }

  /** Runs the test's job methods of these instances' classes on them. */
  public TestStoker register(Object... instances) {
    for (Object instance : instances) {
      this.instances.register(Objects.requireNonNull(instance, "instance"));
    }
    return this;
  }

  /** When jobs run now. */
  public RunMode mode() {
    return mode;
  }

  /** Every job of the test's database, in any state, oldest first. */
  public List<StoredJob> jobs() {
    return runner.jobs();
  }

  /** The jobs that have not run yet (ENQUEUED, SCHEDULED or AWAITING), oldest first. */
  public List<StoredJob> enqueued() {
    return runner.jobs(WAITING);
  }

  /** The jobs that have not run yet and match the expectation, oldest first. */
  public List<StoredJob> enqueued(ExpectedJob expected) {
    Objects.requireNonNull(expected, "expected");
    return enqueued().stream().filter(job -> JobMatcher.matches(expected, job)).toList();
  }

  /**
   * Runs the job now on this thread, whatever waits before it (a SCHEDULED one before its time);
   * throws, saying why, for one that waits for its parents, runs, or has ended.
   */
  public RunResult run(JobId id) {
    return drainer.run(id);
  }

  /** Runs every job due now, and those they enqueue or release, until none is due. */
  public RunResult drain() {
    return drain(Drain.all());
  }

  /** Runs the jobs the drain asks for: some queues, through scheduled jobs, up to a limit. */
  public RunResult drain(Drain drain) {
    return drainer.drain(Objects.requireNonNull(drain, "drain"));
  }

  /**
   * Moves the clock forward, and runs what becomes due on the way, in order: at each start time of
   * a scheduled job (a delay, a retry) and each fire time of a recurring job it passes, what is due
   * then runs, so a retry schedule or a nightly cron plays out as it would over that time.
   */
  public RunResult advance(Duration duration) {
    return advanceTo(clock.instant().plus(Objects.requireNonNull(duration, "duration")));
  }

  /** Moves the clock forward to the instant, running what becomes due on the way. */
  public RunResult advanceTo(Instant instant) {
    return drainer.advanceTo(Objects.requireNonNull(instant, "instant"));
  }

  /** Every run of a job in this test so far, however it was run. */
  public RunResult runs() {
    return drainer.everyRun();
  }

  /**
   * Runs the block in {@link RunMode#INLINE}, each enqueue running the jobs due then, and returns
   * what ran meanwhile; the mode is back as it was afterwards.
   */
  public RunResult inline(Executable block) {
    return in(RunMode.INLINE, block);
  }

  /** Runs the block in {@link RunMode#MANUAL}: its jobs wait until the test runs them. */
  public RunResult manual(Executable block) {
    return in(RunMode.MANUAL, block);
  }

  private RunResult in(RunMode blockMode, Executable block) {
    Objects.requireNonNull(block, "block");
    RunMode before = mode;
    int ran = drainer.everyRun().total();
    mode = blockMode;
    try {
      block.execute();
    } catch (Throwable t) {
      throw Throwables.rethrow(t);
    } finally {
      mode = before;
    }
    List<JobRun> all = drainer.everyRun().runs();
    return new RunResult(all.subList(ran, all.size()), false);
  }

  private void runInlineIfAsked() {
    if (mode == RunMode.INLINE && !drainer.isDraining()) {
      drainer.drain(Drain.all());
    }
  }

  JobInstances instances() {
    return instances;
  }

  void close() {
    stoker.close();
  }
}
