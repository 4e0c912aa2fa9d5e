package dev.stoker.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.Stoker;
import dev.stoker.monitoring.RecurringJobInfo;
import dev.stoker.schedule.Schedule;
import dev.stoker.testing.TestClock;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sample's recurring reports, on a clock the test moves: no waiting for the night. */
class ReportsTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T12:00:00Z"));
  private Stoker stoker;
  private Reports reports;

  @BeforeEach
  void start() throws SQLException {
    stoker =
        Stoker.builder()
            .clock(clock)
            .withoutServer()
            .register(Reports.class, () -> reports)
            .start();
    Users users = new Users(stoker.dataSource());
    users.createTable();
    reports = new Reports(users);
  }

  @AfterEach
  void stop() {
    stoker.close();
  }

  @Test
  void nightly_report_runs_at_three_in_istanbul() {
    stoker.runDueJobs(); // registers the @Job crons, as a starting server does

    RecurringJobInfo nightly = stoker.monitoring().recurringJob("reports.nightly").orElseThrow();
    assertThat(nightly.nextFireTimes()).first().isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));

    clock.set(Instant.parse("2026-03-02T00:00:00Z"));
    stoker.runDueJobs();
    assertThat(reports.written()).containsExactly("Nightly report: 0 users");
  }

  @Test
  void region_report_runs_on_the_schedule_it_was_registered_with() {
    ReportsSignupsJobs.recurring("signups-eu", Schedule.everyMinutes(15)).register("eu");

    for (int i = 0; i < 4; i++) {
      clock.advance(Duration.ofMinutes(15));
      stoker.runDueJobs();
    }

    assertThat(reports.written())
        .hasSize(4)
        .allMatch(r -> r.equals("Signups in eu: 0 users so far"));
  }
}
