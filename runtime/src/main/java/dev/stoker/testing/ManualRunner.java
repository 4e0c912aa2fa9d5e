package dev.stoker.testing;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.server.ManualRuns;
import dev.stoker.storage.ManualRunStore;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Runs jobs on the calling thread when a test asks, one at a time, and shows the stored jobs with
 * their arguments: what {@code Stoker.manualRunner()} gives a Stoker built {@code withoutServer()}.
 * The test kit ({@code stoker-test}) drains queues and moves its clock with it.
 *
 * <pre>{@code
 * ManualRunner runner = stoker.manualRunner();
 * JobId id = WelcomeEmailJobs.enqueue(42L);
 * JobRun run = runner.run(id);                    // this job, now, whatever else waits
 * while (runner.runNext("mail").isPresent()) {}   // the mail queue, until nothing is due
 * }</pre>
 */
public final class ManualRunner {

  private final ManualRuns runs;
  private final ManualRunStore store;
  private final IntSupplier recurringFires;
  private final List<String> queues;

  /**
   * Made by Stoker.
   *
   * @param runs runs the jobs
   * @param store reads the jobs
   * @param recurringFires fires the recurring jobs due now, returning how many fired
   * @param queues the queues the Stoker serves, the first one first
   */
  public ManualRunner(
      ManualRuns runs, ManualRunStore store, IntSupplier recurringFires, List<String> queues) {
    this.runs = runs;
    this.store = store;
    this.recurringFires = recurringFires;
    this.queues = List.copyOf(queues);
  }

  /** The queues the Stoker serves, the first one first: those its jobs use, unless told others. */
  public List<String> queues() {
    return queues;
  }

  /** The jobs in the states, or every job if none are given, oldest first. */
  public List<StoredJob> jobs(JobState... states) {
    Set<JobState> wanted = EnumSet.noneOf(JobState.class);
    wanted.addAll(List.of(states));
    return store.jobs(wanted);
  }

  /**
   * Runs the job now on this thread, whatever waits before it; a SCHEDULED one before its time.
   * Throws {@link IllegalStateException}, saying why, for a job that is waiting for its parents,
   * running, or ended.
   */
  public JobRun run(JobId id) {
    return runs.run(id);
  }

  /**
   * Moves the SCHEDULED jobs whose time has come to their queues, then runs the next ready job of
   * the queues (every queue the Stoker serves if none are given), the first queue first; empty when
   * no job is ready.
   */
  public Optional<JobRun> runNext(String... queues) {
    return runs.runNext(queues.length == 0 ? this.queues : List.of(queues));
  }

  /** The soonest start time of the SCHEDULED jobs on the queues (every queue if none given). */
  public Optional<Instant> nextRunAt(String... queues) {
    return store.nextRunAt(queues.length == 0 ? this.queues : List.of(queues));
  }

  /**
   * Fires the recurring jobs whose time has come, creating their jobs; the first call registers the
   * {@code @Job} crons, as a starting server does. Returns how many fired.
   */
  public int fireDueRecurringJobs() {
    return recurringFires.getAsInt();
  }
}
