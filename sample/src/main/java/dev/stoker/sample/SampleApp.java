package dev.stoker.sample;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs two users up, each getting a welcome email, a delayed reminder and a CRM sync that fails
 * twice before it succeeds (with a continuation once it did); tries a signup that rolls back;
 * resends one welcome email; sends a newsletter as a batch with a report after it; registers a
 * signup report that recurs every two seconds, next to the nightly one of its {@code @Job}; waits
 * for every job to end and the report to run a few times, and prints what ran.
 *
 * <p>Runs on an embedded in-memory H2 database, or on PostgreSQL with {@code
 * --jdbc-url=jdbc:postgresql://host/db?user=...&password=...} (or {@code STOKER_SAMPLE_JDBC_URL}).
 */
public final class SampleApp {

  private static final Logger log = LoggerFactory.getLogger(SampleApp.class);
  private static final Duration REMINDER_DELAY = Duration.ofSeconds(3);
  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final int SIGNUP_REPORTS = 3;
  private static final Set<JobState> UNFINISHED =
      EnumSet.of(JobState.SCHEDULED, JobState.ENQUEUED, JobState.PROCESSING, JobState.AWAITING);

  private SampleApp() {}

  public static void main(String[] args) throws Exception {
    String jdbcUrl = jdbcUrl(args);
    try (HikariDataSource dataSource = dataSource(jdbcUrl)) {
      if (!run(dataSource)) {
        throw new IllegalStateException("Some jobs did not succeed: see the summary above");
      }
    }
  }

  /** Runs the scenario; true if every job ended as expected. */
  static boolean run(HikariDataSource dataSource) throws SQLException, InterruptedException {
    Users users = new Users(dataSource);
    users.createTable();
    Mailer mailer = new Mailer();
    CrmSync crm = new CrmSync(users);
    Newsletter newsletter = new Newsletter(users, mailer);
    Reports reports = new Reports(users);

    try (Stoker stoker =
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
            .start()) {
      Signup signup = new Signup(dataSource, users, stoker.client(), REMINDER_DELAY);
      List<JobId> jobs = new ArrayList<>();
      jobs.addAll(signup.signUp("Ayşe", "ayse@example.com").jobs());
      Signup.Result mehmet = signup.signUp("Mehmet", "mehmet@example.com");
      jobs.addAll(mehmet.jobs());
      try {
        signup.signUp("Ayşe again", "ayse@example.com");
      } catch (SQLException duplicateEmail) {
        log.info("Signup rolled back ({}): none of its jobs exist", duplicateEmail.getMessage());
      }
      jobs.add(WelcomeEmailJobs.enqueue(mehmet.userId()));
      Newsletter.Sending issue = newsletter.send(stoker.client(), "November 2026");
      jobs.add(issue.report());
      // Recurring, with an argument: one report per region, every two seconds (seconds first).
      ReportsSignupsJobs.recurring("signups-eu", Schedule.cron("*/2 * * * * *")).register("eu");

      boolean finished = awaitEnd(stoker, jobs);
      boolean reported = awaitReports(reports);
      RunSummary summary = new RunSummary(stoker.monitoring());
      summary.print(jobs, issue.batch(), System.out);
      summary.printRecurring(System.out);
      ReportsSignupsJobs.removeRecurring("signups-eu");
      log.info("{} mails sent, {} users in the CRM", mailer.sent().size(), crm.synced().size());
      return finished && reported && allSucceeded(stoker, jobs);
    }
  }

  private static boolean awaitEnd(Stoker stoker, List<JobId> jobs) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (jobs.stream().anyMatch(id -> UNFINISHED.contains(state(stoker, id)))) {
      if (System.nanoTime() > deadline) {
        log.error("Some jobs did not end within {}", DEADLINE);
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }

  private static boolean awaitReports(Reports reports) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (signupReports(reports) < SIGNUP_REPORTS) {
      if (System.nanoTime() > deadline) {
        log.error("The signup report did not run {} times within {}", SIGNUP_REPORTS, DEADLINE);
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }

  private static long signupReports(Reports reports) {
    return reports.written().stream().filter(report -> report.startsWith("Signups")).count();
  }

  private static boolean allSucceeded(Stoker stoker, List<JobId> jobs) {
    return jobs.stream().allMatch(id -> state(stoker, id) == JobState.SUCCEEDED);
  }

  private static JobState state(Stoker stoker, JobId id) {
    return stoker.monitoring().job(id).orElseThrow().state();
  }

  private static String jdbcUrl(String[] args) {
    for (String arg : args) {
      if (arg.startsWith("--jdbc-url=")) {
        return arg.substring("--jdbc-url=".length());
      }
    }
    String fromEnvironment = System.getenv("STOKER_SAMPLE_JDBC_URL");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    return "jdbc:h2:mem:stoker-sample;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
  }

  private static HikariDataSource dataSource(String jdbcUrl) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(10);
    // While the database is away, fail fast: Stoker backs off and tries again by itself.
    config.setConnectionTimeout(5_000);
    config.setPoolName("sample");
    log.info("Database: {}", jdbcUrl.replaceAll("password=[^&]*", "password=***"));
    return new HikariDataSource(config);
  }
}
