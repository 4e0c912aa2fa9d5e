package dev.stoker.job;

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
}
