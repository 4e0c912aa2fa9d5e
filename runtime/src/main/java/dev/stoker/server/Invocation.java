package dev.stoker.server;

import dev.stoker.JobContext;
import dev.stoker.codec.ArgumentReader;
import dev.stoker.codec.ArgumentsJson;
import dev.stoker.job.JobInvocation;
import java.util.function.Supplier;

/** One run of a job as its generated handler sees it. */
final class Invocation implements JobInvocation {

  private final RunningJob running;
  private final Activator activator;

  Invocation(RunningJob running, Activator activator) {
    this.running = running;
    this.activator = activator;
  }

  @Override
  public ArgumentReader arguments() {
    return ArgumentsJson.read(running.jobName(), running.job().arguments());
  }

  @Override
  public JobContext context() {
    return running;
  }

  @Override
  public <T> T instance(Class<T> type, Supplier<? extends T> factory) {
    try {
      return activator.instance(type, factory);
    } catch (JobActivationException e) {
      throw e;
    } catch (Exception e) {
      throw new JobActivationException(type, running.jobName(), e);
    }
  }

  @Override
  public <T> T instance(Class<T> type) {
    return instance(type, null);
  }
}
