package dev.stoker.job;

public interface JobHandler {
  JobDefinition definition();

  void run(JobInvocation invocation) throws Exception;
}
