package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.FlowRateJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A job's trace context lives in a row of its own, written with the job only when it has one, and
 * the claim hands it to each attempt: whether the job was enqueued alone, in a batch, as a
 * continuation, for later or with a limit (claimed by the limited claims).
 */
class TraceContextRowsTest extends DatabaseTest {

  private final TestClock clock = TestClock.atFixedMoment();
  private final TracingObserver observer = new TracingObserver();

  @Test
  void a_traced_job_has_one_trace_row_an_untraced_one_none_and_each_attempt_gets_its_context()
      throws SQLException {
    Stoker stoker = closeAfter(quickServer(clock).observer(observer).start());
    JobId alone = TestRecordJobs.enqueue(token);
    List<JobId> members = batchOfTwo(stoker);
    JobId continuation = TestRecordJobs.after(alone).enqueue(token);
    JobId later = TestRecordJobs.schedule(Duration.ofMinutes(1), token);
    JobId limited = FlowRateJobs.enqueue(token);
    observer.tracing(false);
    JobId untraced = TestRecordJobs.enqueue(token);
    List<JobId> untracedMembers = batchOfTwo(stoker);
    String batchContext = TracingObserver.contextOf(members.getFirst());

    Map<JobId, String> traces = TracingObserver.traceRows(db.dataSource());
    assertThat(traces)
        .as("one trace row for each traced job, none for the others")
        .containsOnly(
            Map.entry(alone, TracingObserver.contextOf(alone)),
            Map.entry(members.get(0), batchContext),
            Map.entry(members.get(1), batchContext),
            Map.entry(continuation, TracingObserver.contextOf(continuation)),
            Map.entry(later, TracingObserver.contextOf(later)),
            Map.entry(limited, TracingObserver.contextOf(limited)));
    assertThat(jobColumns()).as("the job's own row").doesNotContain("trace_context");

    clock.advance(Duration.ofMinutes(1));
    List<JobId> all = new ArrayList<>(List.of(alone, continuation, later, limited, untraced));
    all.addAll(members);
    all.addAll(untracedMembers);
    Await.until(
        "every job succeeded",
        () ->
            all.stream()
                .allMatch(
                    id -> stoker.monitoring().job(id).orElseThrow().state() == JobState.SUCCEEDED));

    assertThat(observer.attempts())
        .containsOnlyKeys(all)
        .containsEntry(alone, Optional.of(TracingObserver.contextOf(alone)))
        .containsEntry(members.get(0), Optional.of(batchContext))
        .containsEntry(members.get(1), Optional.of(batchContext))
        .containsEntry(continuation, Optional.of(TracingObserver.contextOf(continuation)))
        .containsEntry(later, Optional.of(TracingObserver.contextOf(later)))
        .containsEntry(limited, Optional.of(TracingObserver.contextOf(limited)))
        .containsEntry(untraced, Optional.empty())
        .containsEntry(untracedMembers.get(0), Optional.empty())
        .containsEntry(untracedMembers.get(1), Optional.empty());
  }

  /** Enqueues a batch of two jobs; returns their ids, in the order they were added. */
  private List<JobId> batchOfTwo(Stoker stoker) {
    List<JobId> members = new ArrayList<>();
    stoker
        .client()
        .batch(
            b -> {
              members.add(TestRecordJobs.in(b).enqueue(token));
              members.add(TestRecordJobs.in(b).enqueue(token));
            });
    return members;
  }

  /** The columns of the job table, lower case. */
  private List<String> jobColumns() throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = db.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select * from stoker_job where 1 = 0")) {
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        columns.add(rows.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return columns;
  }
}
