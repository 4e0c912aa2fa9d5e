package dev.stoker.observe;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The observers a Stoker was built with, called as one, each shielded from the others: what one
 * throws is logged and ignored. Callers check {@link #active()} first, so that without observers a
 * job costs nothing more than that check. Internal to Stoker.
 */
public final class Observers {

  private static final Logger log = LoggerFactory.getLogger(Observers.class);

  /** No observers. */
  public static final Observers NONE = new Observers(List.of());

  private final List<JobObserver> observers;

  private Observers(List<JobObserver> observers) {
    this.observers = observers;
  }

  /** These observers, or {@link #NONE}. */
  public static Observers of(List<JobObserver> observers) {
    return observers.isEmpty() ? NONE : new Observers(List.copyOf(observers));
  }

  /** True if any observer is registered. */
  public boolean active() {
    return !observers.isEmpty();
  }

  /** Starts observing an enqueue with every observer. */
  public EnqueueObservation enqueue(EnqueuedJobs jobs) {
    if (observers.size() == 1) {
      return enqueue(observers.getFirst(), jobs);
    }
    EnqueueObservation[] started = new EnqueueObservation[observers.size()];
    for (int i = 0; i < started.length; i++) {
      started[i] = enqueue(observers.get(i), jobs);
    }
    return new EnqueueObservation() {
      @Override
      public String traceContext() {
        for (EnqueueObservation observation : started) {
          String context = observation.traceContext();
          if (context != null) {
            return context; // one column: the first observer that propagates a trace has it
          }
        }
        return null;
      }

      @Override
      public void close(Throwable failure) {
        for (EnqueueObservation observation : started) {
          observation.close(failure);
        }
      }
    };
  }

  /** Starts observing an attempt with every observer. */
  public AttemptObservation attempt(JobAttempt attempt) {
    if (observers.size() == 1) {
      return attempt(observers.getFirst(), attempt);
    }
    AttemptObservation[] started = new AttemptObservation[observers.size()];
    for (int i = 0; i < started.length; i++) {
      started[i] = attempt(observers.get(i), attempt);
    }
    return (outcome, exception) -> {
      // Closed in reverse, as nested scopes close: the last opened is the innermost.
      for (int i = started.length - 1; i >= 0; i--) {
        started[i].close(outcome, exception);
      }
    };
  }

  private static EnqueueObservation enqueue(JobObserver observer, EnqueuedJobs jobs) {
    EnqueueObservation observation;
    try {
      observation = observer.enqueue(jobs);
    } catch (RuntimeException e) {
      log.warn("Observer {} failed to observe an enqueue; ignored", observer, e);
      return EnqueueObservation.NONE;
    }
    return new EnqueueObservation() {
      @Override
      public String traceContext() {
        try {
          String context = observation.traceContext();
          if (context != null && context.length() > JobAttempt.MAX_TRACE_CONTEXT) {
            log.warn(
                "Observer {} gave a trace context of {} chars, over the {} a job keeps; not"
                    + " stored",
                observer,
                context.length(),
                JobAttempt.MAX_TRACE_CONTEXT);
            return null;
          }
          return context;
        } catch (RuntimeException e) {
          log.warn("Observer {} failed to give a trace context; none stored", observer, e);
          return null;
        }
      }

      @Override
      public void close(Throwable failure) {
        try {
          observation.close(failure);
        } catch (RuntimeException e) {
          log.warn("Observer {} failed to close an enqueue's observation; ignored", observer, e);
        }
      }
    };
  }

  private static AttemptObservation attempt(JobObserver observer, JobAttempt attempt) {
    AttemptObservation observation;
    try {
      observation = observer.attempt(attempt);
    } catch (RuntimeException e) {
      log.warn(
          "Observer {} failed to observe job {} {}; ignored",
          observer,
          attempt.name(),
          attempt.id(),
          e);
      return AttemptObservation.NONE;
    }
    return (outcome, exception) -> {
      try {
        observation.close(outcome, exception);
      } catch (RuntimeException e) {
        log.warn(
            "Observer {} failed to close the observation of job {} {}; ignored",
            observer,
            attempt.name(),
            attempt.id(),
            e);
      }
    };
  }
}
