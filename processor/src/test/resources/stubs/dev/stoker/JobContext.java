package dev.stoker;

public interface JobContext {
  JobId id();

  String jobName();

  int attempt();

  boolean isCancellationRequested();

  default void throwIfCancellationRequested() {}
}
