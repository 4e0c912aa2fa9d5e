package dev.stoker.job;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.codec.ArgumentsJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * A job a test expects to find: made by the generated {@code <Name>Jobs.with(...)}, so its
 * arguments are checked by name and type when the test compiles, and narrowed with the methods
 * below. The test kit ({@code stoker-test}) looks for stored jobs that match it.
 *
 * <pre>{@code
 * assertEnqueued(WelcomeEmailJobs.with(42L));
 * assertEnqueued(ReminderJobs.with(42L).scheduledAt(signupTime.plus(Duration.ofMinutes(15))));
 * assertEnqueued(MarkInCrmJobs.withAnyArguments().after(syncJob));
 * }</pre>
 */
public final class ExpectedJob {

  private final String jobName;
  private final String arguments;
  // Set once on a fresh copy, before the copy is returned: instances never change after that.
  private String queue;
  private Instant runAt;
  private Instant runAtOrAfter;
  private List<JobId> parents = List.of();
  private BatchId parentBatch;
  private BatchId batch;

  private ExpectedJob(String jobName, String arguments) {
    this.jobName = jobName;
    this.arguments = arguments;
  }

  /** The job with exactly these arguments; generated code calls it. */
  public static ExpectedJob of(JobDefinition job, JobArguments arguments) {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(arguments, "arguments");
    return new ExpectedJob(job.name(), ArgumentsJson.write(job.name(), arguments::writeTo));
  }

  /** The job, whatever its arguments; generated code calls it. */
  public static ExpectedJob of(JobDefinition job) {
    return new ExpectedJob(Objects.requireNonNull(job, "job").name(), null);
  }

  /** The same, on the queue. */
  public ExpectedJob onQueue(String queue) {
    Objects.requireNonNull(queue, "queue");
    return changed(copy -> copy.queue = queue);
  }

  /** The same, to run at the instant (to the microsecond, as databases keep it). */
  public ExpectedJob scheduledAt(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return changed(copy -> copy.runAt = instant);
  }

  /** The same, to run at the instant or later. */
  public ExpectedJob scheduledAtOrAfter(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return changed(copy -> copy.runAtOrAfter = instant);
  }

  /** The same, as a continuation that waits for the job (among its parents). */
  public ExpectedJob after(JobId parent) {
    List<JobId> all = new ArrayList<>(parents);
    all.add(Objects.requireNonNull(parent, "parent"));
    return changed(copy -> copy.parents = List.copyOf(all));
  }

  /** The same, as a continuation of the batch. */
  public ExpectedJob afterBatch(BatchId parent) {
    Objects.requireNonNull(parent, "parent");
    return changed(copy -> copy.parentBatch = parent);
  }

  /** The same, as a member of the batch. */
  public ExpectedJob inBatch(BatchId batch) {
    Objects.requireNonNull(batch, "batch");
    return changed(copy -> copy.batch = batch);
  }

  /** A copy with one change. */
  private ExpectedJob changed(Consumer<ExpectedJob> change) {
    ExpectedJob copy = new ExpectedJob(jobName, arguments);
    copy.queue = queue;
    copy.runAt = runAt;
    copy.runAtOrAfter = runAtOrAfter;
    copy.parents = parents;
    copy.parentBatch = parentBatch;
    copy.batch = batch;
    change.accept(copy);
    return copy;
  }

  /** The job's stable name. */
  public String jobName() {
    return jobName;
  }

  /** The arguments, as the JSON object Stoker stores; empty for any arguments. */
  public Optional<String> arguments() {
    return Optional.ofNullable(arguments);
  }

  /** The queue, if one is expected. */
  public Optional<String> queue() {
    return Optional.ofNullable(queue);
  }

  /** The exact run time, if one is expected. */
  public Optional<Instant> runAt() {
    return Optional.ofNullable(runAt);
  }

  /** The earliest run time, if one is expected. */
  public Optional<Instant> runAtOrAfter() {
    return Optional.ofNullable(runAtOrAfter);
  }

  /** The parent jobs it is expected to wait for. */
  public List<JobId> parents() {
    return parents;
  }

  /** The batch it is expected to wait for, if any. */
  public Optional<BatchId> parentBatch() {
    return Optional.ofNullable(parentBatch);
  }

  /** The batch it is expected to belong to, if any. */
  public Optional<BatchId> batch() {
    return Optional.ofNullable(batch);
  }

  /** Reads as the job would be described: {@code welcomeEmail {"userId":42} on queue mail}. */
  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(" ");
    text.add(jobName).add(arguments == null ? "(any arguments)" : arguments);
    if (queue != null) {
      text.add("on queue " + queue);
    }
    if (runAt != null) {
      text.add("scheduled at " + runAt);
    }
    if (runAtOrAfter != null) {
      text.add("scheduled at or after " + runAtOrAfter);
    }
    if (!parents.isEmpty()) {
      text.add("after " + parents);
    }
    if (parentBatch != null) {
      text.add("after batch " + parentBatch);
    }
    if (batch != null) {
      text.add("in batch " + batch);
    }
    return text.toString();
  }
}
