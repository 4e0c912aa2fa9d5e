package dev.stoker.test;

import dev.stoker.testing.JobRun;
import dev.stoker.testing.RunOutcome;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The runs of jobs that a drain, a run, a move of the clock or an inline block made, in order, with
 * how each ended.
 *
 * <pre>{@code
 * RunResult result = stoker.drain();
 * assertThat(result.succeeded()).isEqualTo(3);
 * result.rethrow();   // throws what a job threw, if one did: the test shows the job's own error
 * }</pre>
 */
public final class RunResult {

  private final List<JobRun> runs;
  private final boolean stoppedAtLimit;

  RunResult(List<JobRun> runs, boolean stoppedAtLimit) {
    this.runs = List.copyOf(runs);
    this.stoppedAtLimit = stoppedAtLimit;
  }

  /** Every run, in the order they ran; a job that ran twice (a retry) is there twice. */
  public List<JobRun> runs() {
    return runs;
  }

  /** How many runs there were. */
  public int total() {
    return runs.size();
  }

  /** How many runs ended with the job succeeded. */
  public int succeeded() {
    return count(RunOutcome.SUCCEEDED);
  }

  /** How many runs failed and left the job to be retried. */
  public int retried() {
    return count(RunOutcome.RETRIED);
  }

  /** How many runs failed with no retries left. */
  public int failed() {
    return count(RunOutcome.FAILED);
  }

  /** How many runs stopped because their job was deleted while it ran. */
  public int cancelled() {
    return count(RunOutcome.CANCELLED);
  }

  /** True if the runs reached the drain's {@linkplain Drain#limit limit}: jobs may still be due. */
  public boolean stoppedAtLimit() {
    return stoppedAtLimit;
  }

  private int count(RunOutcome outcome) {
    return (int) runs.stream().filter(run -> run.outcome() == outcome).count();
  }

  /**
   * Throws the exception the first failing run threw, as the job threw it (checked ones too), so
   * that the test shows the job's own error; returns this result when no job threw. The other runs'
   * exceptions are in {@link #runs()}.
   */
  public RunResult rethrow() {
    for (JobRun run : runs) {
      if (run.exception() != null) {
        throw Throwables.rethrow(run.exception());
      }
    }
    return this;
  }

  /** The counts, and each run: {@code 2 runs: 1 succeeded, 1 retried [welcomeEmail ...]}. */
  @Override
  public String toString() {
    return total()
        + " runs: "
        + succeeded()
        + " succeeded, "
        + retried()
        + " retried, "
        + failed()
        + " failed, "
        + cancelled()
        + " cancelled"
        + (stoppedAtLimit ? ", stopped at its limit" : "")
        + runs.stream()
            .map(run -> run.name() + " " + run.id() + " " + run.outcome() + ": " + run.reason())
            .collect(Collectors.joining("\n  ", "\n  ", ""));
  }
}
