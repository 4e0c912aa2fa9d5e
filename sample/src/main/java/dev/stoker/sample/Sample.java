package dev.stoker.sample;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.RetryBackoff;
import dev.stoker.Stoker;
import dev.stoker.schedule.Schedule;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample application: its users' table, its job services and a Stoker running them. Its
 * scenario signs two users up, each getting a welcome email, a delayed reminder and a CRM sync that
 * fails twice before it succeeds (with a continuation once it did); tries a signup that rolls back;
 * resends one welcome email; sends a newsletter as a batch with a report after it; registers a
 * signup report that recurs every two seconds, next to the nightly one of its {@code @Job}; waits
 * for every job to end and the report to run a few times, and prints what ran.
 *
 * <p>Each run signs up users of its own, so that it runs again and again on the same database.
 */
final class Sample implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Sample.class);
  private static final Duration REMINDER_DELAY = Duration.ofSeconds(3);
  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final int SIGNUP_REPORTS = 3;
  private static final Set<JobState> UNFINISHED =
      EnumSet.of(JobState.SCHEDULED, JobState.ENQUEUED, JobState.PROCESSING, JobState.AWAITING);

  private final DataSource dataSource;
  private final Users users;
  private final Mailer mailer = new Mailer();
  private final CrmSync crm;
  private final Newsletter newsletter;
  private final Reports reports;
  private final Stoker stoker;

  private Sample(DataSource dataSource) throws SQLException {
    this.dataSource = dataSource;
    this.users = new Users(dataSource);
    users.createTable();
    this.crm = new CrmSync(users);
    this.newsletter = new Newsletter(users, mailer);
    this.reports = new Reports(users);
    this.stoker =
        Stoker.builder()
            .dataSource(dataSource)
            .workers(4)
            .queues("mail", "default")
            .pollInterval(Duration.ofMillis(200))
            .register(new WelcomeEmailService(users, mailer))
            .register(crm)
            .register(newsletter)
            .register(reports)
            // Short waits, so the flaky CRM sync succeeds within seconds rather than minutes.
            .retryBackoff(new RetryBackoff(Duration.ofSeconds(1), 2, Duration.ofSeconds(10), 0.1))
            .start();
  }

  /** Creates the users' table if needed and starts Stoker on the database. */
  static Sample start(DataSource dataSource) throws SQLException {
    return new Sample(dataSource);
  }

  Stoker stoker() {
    return stoker;
  }

  /** Runs the scenario; true if every job ended as expected. */
  boolean runScenario() throws SQLException, InterruptedException {
    Signup signup = new Signup(dataSource, users, stoker.client(), REMINDER_DELAY);
    // This run's own addresses: the table keeps the users of every run before.
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<JobId> jobs = new ArrayList<>();
    jobs.addAll(signup.signUp("Ayşe", "ayse+" + run + "@example.com").jobs());
    Signup.Result mehmet = signup.signUp("Mehmet", "mehmet+" + run + "@example.com");
    jobs.addAll(mehmet.jobs());
    try {
      signup.signUp("Ayşe again", "ayse+" + run + "@example.com");
    } catch (SQLException duplicateEmail) {
      log.info("Signup rolled back ({}): none of its jobs exist", duplicateEmail.getMessage());
    }
    jobs.add(WelcomeEmailJobs.enqueue(mehmet.userId()));
    Newsletter.Sending issue = newsletter.send(stoker.client(), "November 2026");
    jobs.add(issue.report());
    // Recurring, with an argument: one report per region, every two seconds (seconds first).
    ReportsSignupsJobs.recurring("signups-eu", Schedule.cron("*/2 * * * * *")).register("eu");

    int reportsBefore = signupReports();
    boolean finished = awaitEnd(jobs);
    boolean reported = awaitReports(reportsBefore);
    RunSummary summary = new RunSummary(stoker.monitoring());
    summary.print(jobs, issue.batch(), System.out);
    summary.printRecurring(System.out);
    log.info("{} mails sent, {} users in the CRM", mailer.sent().size(), crm.synced().size());
    return finished && reported && allSucceeded(jobs);
  }

  private boolean awaitEnd(List<JobId> jobs) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (jobs.stream().anyMatch(id -> UNFINISHED.contains(state(id)))) {
      if (System.nanoTime() > deadline) {
        log.error("Some jobs did not end within {}", DEADLINE);
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }

  private boolean awaitReports(int before) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (signupReports() - before < SIGNUP_REPORTS) {
      if (System.nanoTime() > deadline) {
        log.error("The signup report did not run {} times within {}", SIGNUP_REPORTS, DEADLINE);
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }

  private int signupReports() {
    return (int) reports.written().stream().filter(report -> report.startsWith("Signups")).count();
  }

  private boolean allSucceeded(List<JobId> jobs) {
    return jobs.stream().allMatch(id -> state(id) == JobState.SUCCEEDED);
  }

  private JobState state(JobId id) {
    return stoker.monitoring().job(id).orElseThrow().state();
  }

  /** Removes the scenario's recurring report and stops Stoker. */
  @Override
  public void close() {
    ReportsSignupsJobs.removeRecurring("signups-eu");
    stoker.close();
  }
}
