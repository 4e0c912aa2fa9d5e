package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.job.JobArguments;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobRequest;
import dev.stoker.job.Recurrence;
import dev.stoker.job.StartTime;
import dev.stoker.jobs.TestCriticalJobs;
import dev.stoker.jobs.TestNeverRetriedJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.monitoring.JobFilter;
import dev.stoker.monitoring.JobPage;
import dev.stoker.monitoring.JobSummary;
import dev.stoker.monitoring.NotRunningReason;
import dev.stoker.monitoring.NotRunningReason.Kind;
import dev.stoker.schedule.Schedule;
import dev.stoker.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The monitoring API's lists, reasons and recorded actors, as the dashboard reads them. */
class MonitoringListsTest extends DatabaseTest {

  private final TestClock clock = TestClock.atFixedMoment();

  private Stoker inline() {
    return closeAfter(
        Stoker.builder().dataSource(db.dataSource()).clock(clock).withoutServer().start());
  }

  private static List<JobId> ids(JobPage page) {
    return page.jobs().stream().map(JobSummary::id).toList();
  }

  @Test
  void pages_by_key_show_every_job_once_newest_first_and_lead_back() {
    Stoker stoker = inline();
    List<JobId> created = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      created.add(TestRecordJobs.enqueue(token));
      clock.advance(Duration.ofMillis(1));
    }
    JobFilter filter = JobFilter.state(JobState.ENQUEUED).name("test.record").limit(10);

    JobPage first = stoker.monitoring().jobs(filter);
    JobPage second = stoker.monitoring().jobs(filter.olderThan(first.older()));
    JobPage third = stoker.monitoring().jobs(filter.olderThan(second.older()));

    assertThat(first.newer()).isNull();
    assertThat(third.older()).isNull();
    List<JobId> seen = new ArrayList<>(ids(first));
    seen.addAll(ids(second));
    seen.addAll(ids(third));
    assertThat(seen).containsExactlyElementsOf(created.reversed());
    assertThat(ids(stoker.monitoring().jobs(filter.newerThan(third.newer()))))
        .containsExactlyElementsOf(ids(second));
    assertThat(first.jobs().getFirst().lastReason()).isEqualTo("Enqueued");
  }

  @Test
  void lists_filter_by_state_name_queue_and_batch() {
    Stoker stoker = inline();
    TestRecordJobs.enqueue(token);
    JobId critical = TestCriticalJobs.enqueue(token);
    JobId failed = TestNeverRetriedJobs.enqueue(token);
    BatchId batch = stoker.client().batch(b -> TestRecordJobs.in(b).enqueue(token));
    stoker.client().pauseQueue("default");
    stoker.runDueJobs();

    assertThat(ids(stoker.monitoring().jobs(JobFilter.all().queue("critical"))))
        .containsExactly(critical);
    assertThat(ids(stoker.monitoring().jobs(JobFilter.state(JobState.SUCCEEDED))))
        .containsExactly(critical);
    assertThat(ids(stoker.monitoring().jobs(JobFilter.all().name("test.never-retried"))))
        .containsExactly(failed);
    assertThat(stoker.monitoring().jobs(JobFilter.all().batch(batch)).jobs()).hasSize(1);
    assertThat(stoker.monitoring().jobs(JobFilter.state(JobState.ENQUEUED)).jobs()).hasSize(3);
    assertThat(stoker.monitoring().batches(null, 10))
        .extracting(details -> details.id())
        .containsExactly(batch);
  }

  @Test
  void each_reason_a_job_is_not_running_is_named() {
    Stoker stoker =
        closeAfter(
            Stoker.builder()
                .dataSource(db.dataSource())
                .clock(clock)
                .queues("default")
                .withoutServer()
                .start());
    stoker.runDueJobs(); // registers this process's server, which serves "default" only
    JobId later = TestRecordJobs.schedule(Duration.ofHours(1), token);
    JobId child = TestRecordJobs.after(later).enqueue(token);
    BatchId batch =
        stoker.client().batch(b -> TestRecordJobs.in(b).schedule(Duration.ofHours(1), token));
    JobId afterBatch = TestRecordJobs.afterBatch(batch).enqueue(token);
    JobId failed = TestNeverRetriedJobs.enqueue(token);
    JobId nowhere = TestCriticalJobs.enqueue(token);
    JobDefinition gone = new JobDefinition("test.gone", "default", 3, 0, Recurrence.NONE);
    JobId unhandled =
        stoker.client().submit(new JobRequest(gone, JobArguments.NONE, StartTime.now()));
    stoker.runDueJobs();
    stoker.client().pauseQueue("default");
    JobId paused = TestRecordJobs.enqueue(token);

    assertThat(kinds(stoker, later)).containsExactly(Kind.SCHEDULED_FOR_LATER, Kind.QUEUE_PAUSED);
    assertThat(kinds(stoker, child)).containsExactly(Kind.WAITING_FOR_PARENT, Kind.QUEUE_PAUSED);
    assertThat(kinds(stoker, afterBatch))
        .containsExactly(Kind.WAITING_FOR_BATCH, Kind.QUEUE_PAUSED);
    assertThat(kinds(stoker, failed)).containsExactly(Kind.RETRIES_EXHAUSTED);
    assertThat(kinds(stoker, nowhere)).containsExactly(Kind.NO_SERVER_FOR_QUEUE);
    assertThat(kinds(stoker, unhandled)).containsExactly(Kind.QUEUE_PAUSED, Kind.NO_HANDLER);
    assertThat(kinds(stoker, paused)).containsExactly(Kind.QUEUE_PAUSED);
    stoker.client().resumeQueue("default");
    assertThat(kinds(stoker, paused)).containsExactly(Kind.WAITING_FOR_WORKER);
    assertThat(stoker.monitoring().whyNotRunning(afterBatch).getFirst().message())
        .contains("1 of 1 jobs have not ended");
    assertThat(stoker.monitoring().parents(child))
        .singleElement()
        .satisfies(parent -> assertThat(parent.state()).isEqualTo("SCHEDULED"));
    assertThat(stoker.monitoring().continuations(later)).containsExactly(child);
  }

  private static List<Kind> kinds(Stoker stoker, JobId id) {
    return stoker.monitoring().whyNotRunning(id).stream().map(NotRunningReason::kind).toList();
  }

  @Test
  void actions_record_who_did_them_in_the_history() {
    Stoker stoker = inline();
    JobId failed = TestNeverRetriedJobs.enqueue(token);
    JobId waiting = TestRecordJobs.schedule(Duration.ofHours(1), token);
    ReportRecurring.register();
    stoker.runDueJobs();

    stoker.client().as("alice").requeue(failed);
    stoker.client().as("bob").delete(waiting);
    JobId triggered = stoker.client().as("carol").recurringJobs().trigger("report");

    assertThat(lastReason(stoker, failed)).isEqualTo("Requeued by alice");
    assertThat(lastReason(stoker, waiting)).isEqualTo("Deleted by bob");
    assertThat(lastReason(stoker, triggered))
        .isEqualTo("Triggered by carol from recurring job 'report'");
  }

  private static String lastReason(Stoker stoker, JobId id) {
    List<HistoryEntry> history = stoker.monitoring().job(id).orElseThrow().history();
    return history.getLast().reason();
  }

  private static final class ReportRecurring {
    static void register() {
      TestRecordJobs.recurring("report", Schedule.dailyAt(3, 0)).register("report");
    }
  }
}
