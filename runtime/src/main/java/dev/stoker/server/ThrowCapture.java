package dev.stoker.server;

import dev.stoker.codec.ArgumentReader;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobHandler;
import dev.stoker.job.JobInvocation;

/**
 * Keeps what a job's code threw on the calling thread, so that a run made on request can hand the
 * exception itself to the caller, as the job's history cannot.
 */
public final class ThrowCapture {

  private final ThreadLocal<Throwable> thrown = new ThreadLocal<>();

  /** The registry's handlers, each keeping what it throws here. */
  public HandlerRegistry watch(HandlerRegistry handlers) {
    return handlers.map(Watched::new);
  }

  /** Forgets what was thrown on this thread. */
  void clear() {
    thrown.remove();
  }

  /** What a handler threw on this thread since {@link #clear()}, or null; forgets it. */
  Throwable take() {
    Throwable t = thrown.get();
    thrown.remove();
    return t;
  }

  private final class Watched implements JobHandler {

    private final JobHandler handler;

    Watched(JobHandler handler) {
      this.handler = handler;
    }

    @Override
    public JobDefinition definition() {
      return handler.definition();
    }

    @Override
    public void run(JobInvocation invocation) throws Exception {
      try {
        handler.run(invocation);
      } catch (Throwable t) {
        thrown.set(t);
        throw t;
      }
    }

    @Override
    public void checkArguments(ArgumentReader arguments) {
      handler.checkArguments(arguments);
    }
  }
}
