package dev.stoker.monitoring;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import java.time.Instant;

/**
 * Which jobs a list shows, newest first, and which page of them. Pages are found by key, not by
 * offset: {@link #olderThan} and {@link #newerThan} take the ids at the edges of the page before,
 * so a page deep in millions of jobs costs what the first one does.
 *
 * <pre>{@code
 * JobPage failed = monitoring.jobs(JobFilter.state(JobState.FAILED).queue("mail").limit(50));
 * JobPage next = monitoring.jobs(filter.olderThan(failed.older()));
 * }</pre>
 *
 * @param state only jobs in this state, or null for every state
 * @param name only jobs of this name, or null
 * @param queue only jobs on this queue, or null
 * @param batch only the jobs of this batch, or null
 * @param argument only jobs whose arguments have this value, or null
 * @param createdFrom only jobs created at or after this time, or null
 * @param createdBefore only jobs created before this time, or null
 * @param olderThan only jobs created before this one (the next page), or null
 * @param newerThan only jobs created after this one (the page before), or null
 * @param limit the most jobs a page holds, 1 to 500
 */
public record JobFilter(
    JobState state,
    String name,
    String queue,
    BatchId batch,
    ArgumentMatch argument,
    Instant createdFrom,
    Instant createdBefore,
    JobId olderThan,
    JobId newerThan,
    int limit) {

  /** The largest page. */
  public static final int MAX_LIMIT = 500;

  /** The page size unless given. */
  public static final int DEFAULT_LIMIT = 50;

  public JobFilter {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("A page holds 1 to " + MAX_LIMIT + " jobs, not " + limit);
    }
    if (olderThan != null && newerThan != null) {
      throw new IllegalArgumentException(
          "A page is either older or newer than a job, not both: give olderThan or newerThan");
    }
    if (createdFrom != null && createdBefore != null && !createdFrom.isBefore(createdBefore)) {
      throw new IllegalArgumentException(
          "A time range starts before it ends: from "
              + createdFrom
              + " is not before "
              + createdBefore);
    }
    name = blankToNull(name);
    queue = blankToNull(queue);
  }

  /** Every job, newest first. */
  public static JobFilter all() {
    return new JobFilter(null, null, null, null, null, null, null, null, null, DEFAULT_LIMIT);
  }

  /** The jobs in the state, newest first. */
  public static JobFilter state(JobState state) {
    return all().withState(state);
  }

  public JobFilter withState(JobState state) {
    return new JobFilter(
        state,
        name,
        queue,
        batch,
        argument,
        createdFrom,
        createdBefore,
        olderThan,
        newerThan,
        limit);
  }

  /** Only jobs of this name. */
  public JobFilter name(String name) {
    return new JobFilter(
        state,
        name,
        queue,
        batch,
        argument,
        createdFrom,
        createdBefore,
        olderThan,
        newerThan,
        limit);
  }

  /** Only jobs on this queue. */
  public JobFilter queue(String queue) {
    return new JobFilter(
        state,
        name,
        queue,
        batch,
        argument,
        createdFrom,
        createdBefore,
        olderThan,
        newerThan,
        limit);
  }

  /** Only the jobs of this batch. */
  public JobFilter batch(BatchId batch) {
    return new JobFilter(
        state,
        name,
        queue,
        batch,
        argument,
        createdFrom,
        createdBefore,
        olderThan,
        newerThan,
        limit);
  }

  /**
   * Only jobs whose arguments have the value: {@code argument(ArgumentMatch.parse("userId = 42"))}.
   */
  public JobFilter argument(ArgumentMatch argument) {
    return new JobFilter(
        state,
        name,
        queue,
        batch,
        argument,
        createdFrom,
        createdBefore,
        olderThan,
        newerThan,
        limit);
  }

  /**
   * Only jobs created from {@code from} (or null: any time) until before {@code before} (or null:
   * now). The time is the one in each job's id, which the client takes when it creates the job.
   */
  public JobFilter created(Instant from, Instant before) {
    return new JobFilter(
        state, name, queue, batch, argument, from, before, olderThan, newerThan, limit);
  }

  /** The page of jobs created before this one: the next page of a list. */
  public JobFilter olderThan(JobId job) {
    return new JobFilter(
        state, name, queue, batch, argument, createdFrom, createdBefore, job, null, limit);
  }

  /** The page of jobs created after this one: the page before, in a list. */
  public JobFilter newerThan(JobId job) {
    return new JobFilter(
        state, name, queue, batch, argument, createdFrom, createdBefore, null, job, limit);
  }

  /** At most this many jobs a page. */
  public JobFilter limit(int limit) {
    return new JobFilter(
        state,
        name,
        queue,
        batch,
        argument,
        createdFrom,
        createdBefore,
        olderThan,
        newerThan,
        limit);
  }

  /** The same filter, on its first page. */
  public JobFilter firstPage() {
    return new JobFilter(
        state, name, queue, batch, argument, createdFrom, createdBefore, null, null, limit);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
