package dev.stoker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.codec.Codecs;
import dev.stoker.dashboard.jobs.DashFailsJobs;
import dev.stoker.dashboard.jobs.DashFlakyJobs;
import dev.stoker.dashboard.jobs.DashHeldJobs;
import dev.stoker.dashboard.jobs.DashMailJobs;
import dev.stoker.dashboard.jobs.DashNowhereJobs;
import dev.stoker.dashboard.jobs.DashQuickJobs;
import dev.stoker.dashboard.jobs.DashReportsJobs;
import dev.stoker.dashboard.jobs.DashSignupJobs;
import dev.stoker.dashboard.jobs.DashboardJobs;
import dev.stoker.job.JobArguments;
import dev.stoker.job.JobDefinition;
import dev.stoker.job.JobRequest;
import dev.stoker.job.Recurrence;
import dev.stoker.job.StartTime;
import dev.stoker.monitoring.NotRunningReason.Kind;
import dev.stoker.schedule.Schedule;
import dev.stoker.testing.Await;
import dev.stoker.testing.TestDatabase;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * The dashboard in a real headless Chromium against a running server with jobs, under a path
 * prefix: one database, one Stoker, one dashboard and one browser for all the tests of a class.
 * Subclasses say which database and how the dashboard is mounted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSuite {

  private static final String PAYLOAD = "<img src=x onerror=\"document.title='xss'\">";

  /** Small, slow bulk batches, so that a bulk change can be watched and cancelled midway. */
  static final int BULK_BATCH = 5;

  static final Duration BULK_PAUSE = Duration.ofMillis(300);

  private TestDatabase.Handle database;
  Stoker stoker;
  private URI root;
  private Browser browser;

  /** The database this class runs on. */
  abstract TestDatabase database();

  /** Starts the dashboard of the Stoker; returns its root URL, which has a path prefix. */
  abstract URI startDashboard(Stoker stoker) throws Exception;

  abstract void stopDashboard() throws Exception;

  @BeforeAll
  void start() throws Exception {
    database = database().create();
    stoker =
        Stoker.builder()
            .dataSource(database.dataSource())
            .queues("default", "mail", "held")
            .workers(4)
            .pollInterval(Duration.ofMillis(100))
            .register(new DashboardJobs())
            .start();
    root = startDashboard(stoker);
    assertThat(root.getPath()).as("a path prefix").isNotEqualTo("/");
    browser = new Browser();
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    stopDashboard();
    stoker.close();
    database.close();
  }

  private String name() {
    return database().name().toLowerCase();
  }

  private void open(String path) {
    browser.open(root.resolve(path).toString());
  }

  private JobState state(JobId id) {
    return stoker.monitoring().job(id).orElseThrow().state();
  }

  private static String key() {
    return UUID.randomUUID().toString();
  }

  @Test
  void overview_shows_the_counts_and_the_live_graph_moves_while_jobs_run() {
    String key = key();
    open("");
    long before = succeededCard();
    ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
    try {
      // Jobs over several seconds, so that the graph gets more than one second to show.
      load.scheduleAtFixedRate(
          () -> {
            for (int i = 0; i < 5; i++) {
              DashQuickJobs.enqueue(key);
            }
          },
          0,
          200,
          TimeUnit.MILLISECONDS);
      browser.until("the graph shows jobs that succeeded", d -> graphTotal() > 0);
      long seen = graphTotal();
      browser.until("the graph moves on", d -> graphTotal() > seen);
      browser.until("the Succeeded count has grown", d -> succeededCard() > before);
    } finally {
      load.shutdownNow();
    }
    assertThat(browser.find("#throughput").findElements(By.cssSelector("canvas")))
        .as("uPlot drew")
        .isNotEmpty();
    assertThat(browser.find("#throughput-summary").getText()).contains("succeeded");
    browser.assertNoConsoleErrors();
    browser.screenshot(name() + "-overview");
  }

  private long graphTotal() {
    return Long.parseLong(browser.find("#throughput").getDomAttribute("data-succeeded-total"));
  }

  private long succeededCard() {
    String text = browser.find("[data-state=SUCCEEDED] .count").getText();
    return Long.parseLong(text.replace(",", ""));
  }

  @Test
  void a_failed_jobs_page_shows_its_stack_trace_and_requeue_makes_it_succeed() {
    String key = key();
    DashboardJobs.breakFor(key);
    JobId id = DashFlakyJobs.enqueue(key);
    Await.until("the job failed", () -> state(id) == JobState.FAILED);

    open("jobs?state=FAILED");
    browser.find("tr[data-job='" + id + "']");
    browser.screenshot(name() + "-failed-jobs");
    open("jobs/" + id);
    assertThat(browser.find("#last-exception").getText())
        .contains("IllegalStateException: The payment gateway is down for " + key)
        .contains("at dev.stoker.dashboard.jobs.DashboardJobs.flaky");
    browser.find("[data-reason=RETRIES_EXHAUSTED]");
    browser.assertNoConsoleErrors();
    browser.screenshot(name() + "-job-failed");

    DashboardJobs.fix(key);
    browser.find("#requeue").click();
    browser.until(
        "the page shows the job succeeded",
        d -> browser.find("#job-state").getText().equals("Succeeded"));
    assertThat(browser.find("#history").getText()).contains("Requeued by dashboard user at");
    assertThat(DashboardJobs.runs(key)).isEqualTo(2);
    browser.screenshot(name() + "-job");
  }

  @Test
  void a_running_jobs_page_shows_its_progress_and_log_lines() {
    String key = key();
    JobId id = DashReportsJobs.enqueue(key);
    Await.until("its progress is written", () -> stoker.monitoring().progress(id).isPresent());

    open("jobs/" + id);
    assertThat(browser.find("#job-state").getText()).isEqualTo("Processing");
    assertThat(browser.find("#progress").getAttribute("data-percent")).isEqualTo("40");
    assertThat(browser.find("#progress").getText()).contains("2 of 5 · 40 %");
    assertThat(browser.find("#job-log").getText())
        .isEqualTo("Fetched 5 invoices for " + key + "\nSent invoice 2 of 5");
    browser.assertNoConsoleErrors();
    browser.screenshot(name() + "-job-progress");

    DashboardJobs.release(key);
    browser.until(
        "the page shows the job succeeded, all done",
        d ->
            browser.find("#job-state").getText().equals("Succeeded")
                && "100".equals(browser.find("#progress").getAttribute("data-percent")));
  }

  @Test
  void a_paused_queues_jobs_stay_enqueued_and_run_after_resume() {
    String key = key();
    open("queues");
    browser.find("tr[data-queue=mail] button[data-action=pause]").click();
    browser.find("tr[data-queue=mail] .badge.paused");
    List<JobId> mails = List.of(DashMailJobs.enqueue(key), DashMailJobs.enqueue(key));
    JobId marker = DashQuickJobs.enqueue(key());
    Await.until("a job enqueued after them ran", () -> state(marker) == JobState.SUCCEEDED);

    assertThat(mails).allMatch(id -> state(id) == JobState.ENQUEUED);
    assertThat(DashboardJobs.runs(key)).isZero();
    open("jobs/" + mails.getFirst());
    browser.find("[data-reason=QUEUE_PAUSED]");
    open("queues");
    browser.find("tr[data-queue=mail] .badge.paused");
    browser.screenshot(name() + "-queues");

    browser.find("tr[data-queue=mail] button[data-action=resume]").click();
    Await.until(
        "the paused queue's jobs succeeded",
        () -> mails.stream().allMatch(id -> state(id) == JobState.SUCCEEDED));
    assertThat(DashboardJobs.runs(key)).as("each ran once").isEqualTo(2);
    browser.reloadUntil("tr[data-queue=mail]", "running");
  }

  @Test
  void each_reason_a_job_is_not_running_is_shown_on_its_page() {
    String key = key();
    stoker.client().pauseQueue("held");
    JobId later = DashQuickJobs.schedule(Duration.ofHours(1), key);
    JobId child = DashQuickJobs.after(later).enqueue(key);
    BatchId batch =
        stoker.client().batch(b -> DashQuickJobs.in(b).schedule(Duration.ofHours(1), key));
    JobId afterBatch = DashQuickJobs.afterBatch(batch).enqueue(key);
    JobId paused = DashHeldJobs.enqueue(key);
    JobId nowhere = DashNowhereJobs.enqueue(key);
    JobDefinition gone = new JobDefinition("dash.gone", "default", 0, 0, Recurrence.NONE);
    JobId unhandled =
        stoker.client().submit(new JobRequest(gone, JobArguments.NONE, StartTime.now()));
    JobId failed = DashFailsJobs.enqueue(key, "no retries left");
    Await.until("the failing job failed", () -> state(failed) == JobState.FAILED);

    Map<JobId, Kind> reasons =
        Map.of(
            later, Kind.SCHEDULED_FOR_LATER,
            child, Kind.WAITING_FOR_PARENT,
            afterBatch, Kind.WAITING_FOR_BATCH,
            paused, Kind.QUEUE_PAUSED,
            nowhere, Kind.NO_SERVER_FOR_QUEUE,
            unhandled, Kind.NO_HANDLER,
            failed, Kind.RETRIES_EXHAUSTED);
    reasons.forEach(
        (job, kind) -> {
          open("jobs/" + job);
          assertThat(browser.find("[data-reason=" + kind + "]").getText()).isNotBlank();
        });
    open("jobs/" + child);
    browser.screenshot(name() + "-job-waiting");
    stoker.client().resumeQueue("held");
  }

  @Test
  void values_jobs_and_users_supply_render_as_text_and_run_no_script() {
    String key = key();
    JobId argument = DashQuickJobs.schedule(Duration.ofHours(1), PAYLOAD);
    JobId failed = DashFailsJobs.enqueue(key, PAYLOAD);
    JobDefinition oddQueue = new JobDefinition("dash.quick", PAYLOAD, 0, 0, Recurrence.NONE);
    JobId queued =
        stoker
            .client()
            .submit(
                new JobRequest(
                    oddQueue, out -> out.field("key", Codecs.STRING, key), StartTime.now()));
    DashQuickJobs.recurring(PAYLOAD, Schedule.dailyAt(3, 0)).register(PAYLOAD);
    Await.until("the failing job failed", () -> state(failed) == JobState.FAILED);

    for (String page :
        List.of(
            "",
            "jobs",
            "jobs?state=FAILED",
            "jobs/" + argument,
            "jobs/" + failed,
            "jobs/" + queued,
            "queues",
            "recurring")) {
      open(page);
      // The overview's shared reads may be up to two seconds old: the odd queue shows after them.
      browser.reloadUntil("main", "<img src=x onerror=");
      assertThat(browser.all("img")).as(page).isEmpty();
      assertThat(browser.driver().getTitle()).as(page).doesNotContain("xss");
      browser.assertNoConsoleErrors();
    }
    stoker.recurringJobs().remove(PAYLOAD);
    stoker.client().delete(argument);
  }

  @Test
  void every_main_page_renders_cleanly() {
    String key = key();
    BatchId batch =
        stoker
            .client()
            .batch(
                b -> {
                  for (int i = 0; i < 3; i++) {
                    DashQuickJobs.in(b).enqueue(key);
                  }
                });
    DashQuickJobs.recurring("nightly-digest", Schedule.dailyAt(3, 0)).register(key);
    Await.until(
        "the batch's jobs succeeded",
        () -> stoker.monitoring().batch(batch).orElseThrow().succeeded() == 3);

    Map<String, String> pages =
        Map.of(
            "jobs", "jobs",
            "recurring", "recurring",
            "servers", "servers",
            "batches", "batches",
            "batch", "jobs?batch=" + batch);
    pages.forEach(
        (shot, page) -> {
          open(page);
          browser.find("main h1");
          browser.assertNoConsoleErrors();
          browser.screenshot(name() + "-" + shot);
        });
    open("recurring");
    browser.find("tr[data-recurring=nightly-digest] button[data-action=trigger]").click();
    assertThat(browser.find(".notice").getText()).isEqualTo("Triggered 1 recurring job.");
    Await.until("the triggered job ran", () -> DashboardJobs.runs(key) == 4);
    open("servers");
    assertThat(browser.find("tr[data-server]").getText()).contains("default, mail, held");
    open("jobs?batch=" + batch);
    assertThat(browser.find("#batch-progress").getText()).contains("3 succeeded");
    open("search?q=" + batch);
    browser.find("#batch-progress");
  }

  @Test
  void a_job_is_found_by_an_arguments_value() {
    String key = key();
    String email = "ada-" + key + "@example.com";
    List<JobId> jobs =
        List.of(
            DashSignupJobs.schedule(Duration.ofHours(1), key, email),
            DashSignupJobs.schedule(Duration.ofHours(1), key, "alan@example.com"),
            DashSignupJobs.schedule(Duration.ofHours(1), key(), "x" + email));

    open("jobs?name=dash.signup");
    browser.find("#filter-arg").sendKeys("email = \"" + email + "\"");
    browser.find("#filter-arg").submit();

    browser.until(
        "only the job with the value is listed",
        d -> browser.find("#matching-count").getDomAttribute("data-count").equals("1"));
    assertThat(browser.all("tr[data-job]")).hasSize(1);
    assertThat(browser.find("tr[data-job]").getDomAttribute("data-job"))
        .isEqualTo(jobs.getFirst().toString());
    assertThat(browser.driver().getCurrentUrl()).contains("arg=email");
    browser.assertNoConsoleErrors();
    browser.screenshot(name() + "-argument-search");
    jobs.forEach(id -> stoker.client().delete(id));
  }

  @Test
  void a_list_longer_than_a_page_is_counted_when_asked() {
    String key = key();
    List<JobId> jobs = new ArrayList<>();
    for (int i = 0; i < 51; i++) {
      jobs.add(DashSignupJobs.schedule(Duration.ofHours(1), key, "user" + i + "@example.com"));
    }

    open("jobs?state=SCHEDULED&arg=" + Formats.url("key = " + key));
    assertThat(browser.find("#matching-count").getText()).isEqualTo("more than 50 jobs match");
    assertThat(browser.find("#requeue-all").getText()).isEqualTo("Requeue all matching");
    browser.find("#count-matches").click();

    browser.until(
        "the matches are counted",
        d -> browser.find("#matching-count").getDomAttribute("data-count").equals("51"));
    assertThat(browser.find("#matching-count").getText()).isEqualTo("51 jobs match");
    assertThat(browser.find("#requeue-all").getText()).isEqualTo("Requeue all 51 matching");
    assertThat(browser.all("#count-matches")).isEmpty();
    browser.assertNoConsoleErrors();
    browser.screenshot(name() + "-counted-matches");
    jobs.forEach(id -> stoker.client().delete(id));
  }

  @Test
  void requeue_all_requeues_exactly_the_failed_jobs_the_filter_selects() {
    String key = key();
    String other = key();
    DashboardJobs.breakFor(key);
    DashboardJobs.breakFor(other);
    List<JobId> selected = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      selected.add(DashFlakyJobs.enqueue(key));
    }
    List<JobId> left = List.of(DashFlakyJobs.enqueue(other), DashFlakyJobs.enqueue(other));
    Await.until(
        "the jobs failed",
        () ->
            Stream.concat(selected.stream(), left.stream())
                .allMatch(id -> state(id) == JobState.FAILED));
    DashboardJobs.fix(key);

    open("jobs?state=FAILED&name=dash.flaky&arg=" + Formats.url("key = " + key));
    assertThat(browser.find("#matching-count").getText()).isEqualTo("12 jobs match");
    browser.find("#requeue-all").click();
    browser.driver().switchTo().alert().accept();
    browser.until(
        "the bulk change is done",
        d -> browser.find("#bulk-progress").getDomAttribute("data-status").equals("DONE"));
    assertThat(browser.find("#bulk-progress").getDomAttribute("data-changed")).isEqualTo("12");
    assertThat(browser.find("#bulk-progress").getText()).contains("12 requeued of 12 matching");
    browser.screenshot(name() + "-bulk-done");

    Await.until(
        "the requeued jobs succeeded",
        () -> selected.stream().allMatch(id -> state(id) == JobState.SUCCEEDED));
    assertThat(DashboardJobs.runs(key)).as("each ran twice").isEqualTo(24);
    assertThat(left).allMatch(id -> state(id) == JobState.FAILED);
    assertThat(DashboardJobs.runs(other)).isEqualTo(2);
    assertThat(stoker.monitoring().job(selected.getFirst()).orElseThrow().history())
        .anyMatch(entry -> String.valueOf(entry.reason()).startsWith("Requeued by dashboard user"));
    DashboardJobs.fix(other);
  }

  @Test
  void a_bulk_requeue_shows_its_progress_and_stops_when_cancelled() {
    String key = key();
    DashboardJobs.breakFor(key);
    List<JobId> failed = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      failed.add(DashFlakyJobs.enqueue(key));
    }
    Await.until(
        "the jobs failed", () -> failed.stream().allMatch(id -> state(id) == JobState.FAILED));

    open("jobs?state=FAILED&arg=" + Formats.url("key = " + key));
    browser.find("#requeue-all").click();
    browser.driver().switchTo().alert().accept();
    browser.until(
        "the progress shows a batch requeued",
        d -> Long.parseLong(browser.find("#bulk-progress").getDomAttribute("data-changed")) >= 5);
    browser.screenshot(name() + "-bulk-progress");
    browser.until(
        "the cancel is clicked",
        d -> {
          browser.find("#bulk-cancel").click(); // The live refresh may replace it: tried again.
          return true;
        });
    browser.until(
        "the bulk change is cancelled",
        d -> browser.find("#bulk-progress").getDomAttribute("data-status").equals("CANCELLED"));

    long shown = Long.parseLong(browser.find("#bulk-progress").getDomAttribute("data-changed"));
    long requeued =
        failed.stream()
            .filter(
                id ->
                    stoker.monitoring().job(id).orElseThrow().history().stream()
                        .anyMatch(e -> String.valueOf(e.reason()).startsWith("Requeued by")))
            .count();
    assertThat(requeued).as("the jobs requeued are those the page counts").isEqualTo(shown);
    assertThat(shown).as("it stopped midway").isBetween(5L, 59L);
    assertThat(browser.find("#bulk-status").getText()).isEqualTo("Cancelled");
    browser.assertNoConsoleErrors();
    browser.screenshot(name() + "-bulk-cancelled");
    DashboardJobs.fix(key);
  }

  @Test
  void the_history_graph_still_counts_jobs_that_retention_removed() {
    String key = key();
    List<JobId> jobs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      jobs.add(DashQuickJobs.enqueue(key));
    }
    Await.until(
        "the jobs succeeded", () -> jobs.stream().allMatch(id -> state(id) == JobState.SUCCEEDED));
    open("");
    long before = historyTotal();
    assertThat(before).isGreaterThanOrEqualTo(5);

    // A second server with a retention of a millisecond removes every job that succeeded.
    try (Stoker remover =
        Stoker.builder()
            .dataSource(database.dataSource())
            .queues("retention-only")
            .installClient(false)
            .retention(Duration.ofMillis(1))
            .heartbeatInterval(Duration.ofMillis(100))
            .start()) {
      Await.until(
          "retention removed the jobs",
          () -> jobs.stream().allMatch(id -> stoker.monitoring().job(id).isEmpty()));
    }

    long removedAt = System.currentTimeMillis();
    // The graphs are read again every few seconds: wait for a reading taken after the removal.
    open("");
    browser.reloadUntilTrue(
        "the graph was read after the removal",
        () ->
            Long.parseLong(browser.find("#history-hourly").getDomAttribute("data-counted-at"))
                > removedAt);
    assertThat(historyTotal()).as("the counts outlive the jobs").isGreaterThanOrEqualTo(before);
    assertThat(browser.find("#history-daily").getDomAttribute("data-succeeded-total"))
        .isNotEqualTo("0");
    browser.assertNoConsoleErrors();
    browser.screenshot(name() + "-history");
  }

  private long historyTotal() {
    return Long.parseLong(browser.find("#history-hourly").getDomAttribute("data-succeeded-total"));
  }
}
