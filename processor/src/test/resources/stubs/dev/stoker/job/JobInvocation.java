package dev.stoker.job;

import dev.stoker.JobContext;
import dev.stoker.codec.ArgumentReader;
import java.util.function.Supplier;

public interface JobInvocation {
  ArgumentReader arguments();

  JobContext context();

  <T> T instance(Class<T> type, Supplier<? extends T> factory);

  <T> T instance(Class<T> type);
}
