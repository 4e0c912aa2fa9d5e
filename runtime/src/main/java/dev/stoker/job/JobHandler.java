package dev.stoker.job;

import dev.stoker.codec.ArgumentReader;

/**
 * Runs one kind of job: decodes its arguments and calls its {@code @Job} method directly. The
 * processor generates one per method and registers it for {@link java.util.ServiceLoader}, where
 * the runtime finds it.
 */
public interface JobHandler {

  /** The job this handler runs. */
  JobDefinition definition();

  /** Runs one job: reads its arguments, gets the instance to call, and calls the method. */
  void run(JobInvocation invocation) throws Exception;

  /**
   * Reads a stored job's arguments as {@link #run} would, without running it: throws {@link
   * dev.stoker.codec.ArgumentException} when they no longer fit the method. A handler that does not
   * say accepts all.
   */
  default void checkArguments(ArgumentReader arguments) {}
}
