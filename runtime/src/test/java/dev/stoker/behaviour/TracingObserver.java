package dev.stoker.behaviour;

import dev.stoker.JobId;
import dev.stoker.observe.AttemptObservation;
import dev.stoker.observe.EnqueueObservation;
import dev.stoker.observe.EnqueuedJobs;
import dev.stoker.observe.JobAttempt;
import dev.stoker.observe.JobObserver;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Gives each enqueue, while it traces, a trace context named after its first job, and keeps the
 * context each attempt was given; reads the trace rows a database holds.
 */
final class TracingObserver implements JobObserver {

  private volatile boolean tracing = true;
  private final Map<JobId, Optional<String>> attempts = new ConcurrentHashMap<>();

  /** Whether the enqueues from now on get a trace context. */
  void tracing(boolean on) {
    tracing = on;
  }

  /** The trace context each job's latest attempt was given, empty for none. */
  Map<JobId, Optional<String>> attempts() {
    return attempts;
  }

  static String contextOf(JobId firstJob) {
    return "trace-of-" + firstJob;
  }

  @Override
  public EnqueueObservation enqueue(EnqueuedJobs jobs) {
    String context = tracing ? contextOf(jobs.jobs().getFirst().id()) : null;
    return new EnqueueObservation() {
      @Override
      public String traceContext() {
        return context;
      }

      @Override
      public void close(Throwable failure) {}
    };
  }

  @Override
  public AttemptObservation attempt(JobAttempt attempt) {
    attempts.put(attempt.id(), Optional.ofNullable(attempt.traceContext()));
    return AttemptObservation.NONE;
  }

  /** Every row of {@code stoker_job_trace}: job id, trace context. */
  static Map<JobId, String> traceRows(DataSource dataSource) throws SQLException {
    Map<JobId, String> rows = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet traces =
            statement.executeQuery("select job_id, trace_context from stoker_job_trace")) {
      while (traces.next()) {
        rows.put(new JobId(traces.getObject(1, UUID.class)), traces.getString(2));
      }
    }
    return rows;
  }
}
