package dev.stoker.recurring;

import dev.stoker.JobId;
import dev.stoker.JobState;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything Stoker reads and writes about recurring jobs. Jobs they create are stored with their
 * recurring job's id and fire time, whose unique key lets one job exist per fire time however many
 * servers fire at once.
 */
public interface RecurringStore {

  /**
   * In one transaction, with the row locked: reads the recurring job with the id, if any, and
   * stores what {@code change} makes of it; returns what it read. {@code change} may be called
   * again, in a new transaction, if another server added the recurring job meanwhile.
   */
  Optional<RecurringJobRow> save(
      String id, Function<Optional<RecurringJobRow>, RecurringJobRow> change);

  /** Removes the recurring job; false if there was none. */
  boolean delete(String id);

  /** Removes the recurring jobs of {@code @Job} crons whose id is not among {@code kept}. */
  List<String> deleteAnnotatedExcept(Collection<String> kept);

  Optional<RecurringJobRow> find(String id);

  /** Every recurring job, by id. */
  List<RecurringJobRow> all();

  /** The fires of the recurring job that were skipped, its previous run still going. */
  FireSkips skips(String id);

  /** The state of a job, if it still exists. */
  Optional<JobState> stateOf(JobId job);

  /**
   * Fires up to {@code limit} recurring jobs due at {@code now} that no other server is firing: in
   * one transaction, asks the planner which fire times run, creates one job for each (none where
   * another server already did) and moves the recurring jobs on to their next fire time. Returns
   * how many recurring jobs it looked at.
   */
  int fireDue(
      Instant now,
      int limit,
      BiFunction<RecurringJobRow, Instant, FirePlan> planner,
      Supplier<JobId> newIds);

  /**
   * Creates one job of the recurring job now, outside its schedule; empty if there is no recurring
   * job with the id.
   */
  Optional<JobId> trigger(String id, Instant now, JobId newId);

  /** As {@link #trigger(String, Instant, JobId)}, the job's history naming who triggered it. */
  Optional<JobId> trigger(String id, Instant now, JobId newId, String actor);
}
