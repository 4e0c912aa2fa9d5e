package dev.stoker.client;

import dev.stoker.BatchId;
import dev.stoker.Enqueued;
import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.RecurringJobs;
import dev.stoker.codec.ArgumentsJson;
import dev.stoker.job.Actors;
import dev.stoker.job.Batch;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobRequest;
import dev.stoker.job.Parents;
import dev.stoker.job.QueueNames;
import dev.stoker.observe.EnqueueObservation;
import dev.stoker.observe.Observers;
import dev.stoker.storage.FlowKeys;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.NewJob;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** The client Stoker installs: turns requests into job rows, checked before anything is stored. */
public final class DefaultJobClient implements JobClient {

  private final JobStore store;
  private final SQLDialect dialect;
  private final Clock clock;
  private final int maxArgumentBytes;
  private final Runnable onNewJobs;
  private final RecurringJobs recurringJobs;
  private final NotificationThrottle notifications;
  private final String actor;
  private final Observers observers;

  /**
   * @param store where jobs go
   * @param dialect the database's dialect, for clients bound to a caller's connection
   * @param clock the time jobs are created at and scheduled from
   * @param maxArgumentBytes the largest arguments a job may have, as UTF-8 JSON
   * @param onNewJobs called after jobs were stored, to wake a local server
   * @param recurringJobs the recurring jobs of the same database
   * @param observers told of each enqueue
   */
  public DefaultJobClient(
      JobStore store,
      SQLDialect dialect,
      Clock clock,
      int maxArgumentBytes,
      Runnable onNewJobs,
      RecurringJobs recurringJobs,
      Observers observers) {
    this(
        store,
        dialect,
        clock,
        maxArgumentBytes,
        onNewJobs,
        recurringJobs,
        new NotificationThrottle(),
        null,
        observers);
  }

  private DefaultJobClient(
      JobStore store,
      SQLDialect dialect,
      Clock clock,
      int maxArgumentBytes,
      Runnable onNewJobs,
      RecurringJobs recurringJobs,
      NotificationThrottle notifications,
      String actor,
      Observers observers) {
    this.store = store;
    this.dialect = dialect;
    this.clock = clock;
    this.maxArgumentBytes = maxArgumentBytes;
    this.onNewJobs = onNewJobs;
    this.recurringJobs = recurringJobs;
    this.notifications = notifications;
    this.actor = actor;
    this.observers = observers;
  }

  @Override
  public JobId submit(JobRequest request) {
    if (request.job().limits().isUnique()) {
      return submitUnique(request).id();
    }
    Instant now = clock.instant();
    NewJob job = newJob(request, request.parents(), null, now);
    stored(
        List.of(job),
        null,
        jobs -> {
          store.insert(jobs, now, shouldNotify(jobs));
          return null;
        });
    onNewJobs.run();
    return job.id();
  }

  @Override
  public Enqueued submitUnique(JobRequest request) {
    if (!request.job().limits().isUnique()) {
      return new Enqueued(submit(request), false);
    }
    Instant now = clock.instant();
    NewJob job = newJob(request, request.parents(), null, now);
    Duration period = request.job().limits().uniqueFor();
    String key = FlowKeys.uniqueKey(request.job(), job.arguments());
    Instant until = period == null ? null : now.plus(period);
    // A duplicate stores nothing: the job found keeps the context of the enqueue that created it.
    Enqueued enqueued =
        stored(
            List.of(job),
            null,
            jobs -> store.insertUnique(jobs.getFirst(), key, until, now, shouldNotify(jobs)));
    onNewJobs.run();
    return enqueued;
  }

  @Override
  public BatchId batch(Consumer<Batch> jobs) {
    return createBatch(Parents.NONE, jobs);
  }

  @Override
  public BatchId batchAfter(JobId parent, Consumer<Batch> jobs) {
    return createBatch(Parents.NONE.andJob(parent), jobs);
  }

  private BatchId createBatch(Parents batchParents, Consumer<Batch> callback) {
    Objects.requireNonNull(callback, "the batch callback must not be null");
    Instant now = clock.instant();
    BatchId id = new BatchId(JobIds.next(clock).value());
    List<NewJob> members = new ArrayList<>();
    callback.accept(
        new Batch(
            id,
            request -> {
              Parents parents = request.parents();
              for (JobId parent : batchParents.jobs()) {
                parents = parents.andJob(parent);
              }
              NewJob job = newJob(request, parents, id, now);
              members.add(job);
              return job.id();
            }));
    // One enqueue for the whole batch: each member keeps its context, to link to it.
    stored(
        members,
        id,
        jobs -> {
          store.insertBatch(id, jobs, now, shouldNotify(jobs));
          return null;
        });
    onNewJobs.run();
    return id;
  }

  /**
   * Stores the jobs of one enqueue. Observed, each is stored with the enqueue's trace context, and
   * the observation is closed with what storing threw, if anything.
   */
  private <T> T stored(List<NewJob> jobs, BatchId batch, Function<List<NewJob>, T> storing) {
    if (!observers.active()) {
      return storing.apply(jobs);
    }
    EnqueueObservation observation = observers.enqueue(EnqueuedViews.of(jobs, batch));
    String context = observation.traceContext();
    T stored;
    try {
      stored = storing.apply(jobs.stream().map(job -> job.withTraceContext(context)).toList());
    } catch (RuntimeException | Error e) {
      observation.close(e);
      throw e;
    }
    observation.close(null);
    return stored;
  }

  private NewJob newJob(JobRequest request, Parents parents, BatchId batch, Instant now) {
    JobDefinition definition = request.job();
    String arguments = ArgumentsJson.write(definition.name(), request.arguments()::writeTo);
    checkSize(definition, arguments);
    Instant runAt = request.start().resolve(now);
    boolean later = runAt.isAfter(now);
    JobState state;
    String reason;
    if (!parents.isEmpty()) {
      state = JobState.AWAITING;
      reason = NewJob.inBatch("Waiting for its parents", batch);
    } else if (later) {
      state = JobState.SCHEDULED;
      reason = NewJob.inBatch("Scheduled for " + runAt, batch);
    } else {
      state = JobState.ENQUEUED;
      reason = NewJob.enqueuedReason(batch);
    }
    return new NewJob(
        JobIds.next(clock),
        definition.name(),
        definition.queue(),
        definition.priority(),
        state,
        arguments,
        definition.retries(),
        later ? runAt : now,
        now,
        reason,
        batch,
        parents,
        FlowKeys.gates(definition, arguments),
        null);
  }

  private void checkSize(JobDefinition job, String arguments) {
    // A char is at most 3 UTF-8 bytes: most arguments are cleared without encoding them.
    if ((long) arguments.length() * 3 <= maxArgumentBytes) {
      return;
    }
    int bytes = arguments.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxArgumentBytes) {
      throw new IllegalArgumentException(
          "The arguments of job '"
              + job.name()
              + "' take "
              + bytes
              + " bytes, over the limit of "
              + maxArgumentBytes
              + ": pass ids and load the data inside the job (or raise"
              + " Stoker.builder().maxArgumentBytes).");
    }
  }

  @Override
  public void deleteBatch(BatchId id) {
    store.deleteBatch(Objects.requireNonNull(id, "id must not be null"), clock.instant());
    onNewJobs.run();
  }

  @Override
  public JobClient inTransaction(DSLContext transaction) {
    Objects.requireNonNull(transaction, "transaction must not be null");
    return with(store.inCallersTransaction(transaction), actor);
  }

  /** This client, on another store or for another actor. */
  private DefaultJobClient with(JobStore store, String actor) {
    return new DefaultJobClient(
        store,
        dialect,
        clock,
        maxArgumentBytes,
        onNewJobs,
        recurringJobs,
        notifications,
        actor,
        observers);
  }

  /** Whether to wake the servers listening elsewhere: some jobs are ready, and not too often. */
  private boolean shouldNotify(List<NewJob> jobs) {
    return jobs.stream().anyMatch(job -> job.state() == JobState.ENQUEUED)
        && notifications.tryAcquire();
  }

  @Override
  public JobClient inTransaction(Connection connection) {
    Objects.requireNonNull(connection, "connection must not be null");
    return inTransaction(DSL.using(connection, dialect));
  }

  @Override
  public void requeue(JobId id) {
    Objects.requireNonNull(id, "id must not be null");
    if (actor == null) {
      store.requeue(id, clock.instant());
    } else {
      store.requeue(id, clock.instant(), "Requeued by " + actor);
    }
    onNewJobs.run();
  }

  @Override
  public void delete(JobId id) {
    Objects.requireNonNull(id, "id must not be null");
    if (actor == null) {
      store.delete(id, clock.instant());
    } else {
      store.delete(id, clock.instant(), "Deleted by " + actor);
    }
    onNewJobs.run();
  }

  @Override
  public RecurringJobs recurringJobs() {
    return actor == null ? recurringJobs : recurringJobs.as(actor);
  }

  @Override
  public JobClient as(String actor) {
    return with(store, Actors.check(actor));
  }

  @Override
  public void pauseQueue(String queue) {
    store.pauseQueue(
        QueueNames.check(queue), actor == null ? "the application" : actor, clock.instant());
  }

  @Override
  public boolean resumeQueue(String queue) {
    boolean resumed = store.resumeQueue(QueueNames.check(queue));
    onNewJobs.run();
    return resumed;
  }
}
