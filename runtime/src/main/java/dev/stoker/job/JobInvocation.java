package dev.stoker.job;

import dev.stoker.JobContext;
import dev.stoker.codec.ArgumentReader;
import java.util.function.Supplier;

/** One run of a job, as its generated {@link JobHandler} sees it. */
public interface JobInvocation {

  /** The job's stored arguments. */
  ArgumentReader arguments();

  /** The context the job method may receive. */
  JobContext context();

  /**
   * The instance to call a job method on: the one the application registered for the type, or else
   * a new one from the given factory (the type's public no-argument constructor).
   */
  <T> T instance(Class<T> type, Supplier<? extends T> factory);

  /**
   * The instance to call a job method on, for a type without a public no-argument constructor: the
   * application must have registered one.
   */
  <T> T instance(Class<T> type);
}
