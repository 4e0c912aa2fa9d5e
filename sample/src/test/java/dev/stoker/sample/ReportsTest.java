package dev.stoker.sample;

import static dev.stoker.test.StokerAssertions.assertEnqueued;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.schedule.Schedule;
import dev.stoker.test.RunResult;
import dev.stoker.test.StokerTest;
import dev.stoker.test.TestStoker;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sample's recurring reports, on a clock the test moves: no waiting for the night. */
@StokerTest
class ReportsTest {

  private Reports reports;

  @BeforeEach
  void start(TestStoker stoker) throws SQLException {
    Users users = new Users(stoker.dataSource());
    users.createTable();
    reports = new Reports(users);
    stoker.register(reports);
  }

  @Test
  void nightly_report_runs_at_three_in_istanbul(TestStoker stoker) {
    stoker.advanceTo(Instant.parse("2026-03-01T23:59:00Z"));
    assertThat(reports.written()).isEmpty();

    RunResult night = stoker.advance(Duration.ofMinutes(1)); // 03:00 in Istanbul

    assertThat(night.succeeded()).isEqualTo(1);
    assertThat(reports.written()).containsExactly("Nightly report: 0 users");
    assertThat(stoker.monitoring().recurringJob("reports.nightly").orElseThrow().lastFireAt())
        .isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
  }

  @Test
  void region_report_runs_on_the_schedule_it_was_registered_with(TestStoker stoker) {
    ReportsSignupsJobs.recurring("signups-eu", Schedule.everyMinutes(15)).register("eu");

    RunResult hour = stoker.advance(Duration.ofHours(1));

    assertThat(hour.succeeded()).isEqualTo(4);
    assertThat(reports.written())
        .hasSize(4)
        .allMatch(r -> r.equals("Signups in eu: 0 users so far"));
  }

  @Test
  void region_report_triggered_now_is_enqueued_with_its_region(TestStoker stoker) {
    ReportsSignupsJobs.recurring("signups-us", Schedule.dailyAt(3, 0)).register("us");

    ReportsSignupsJobs.triggerRecurring("signups-us");

    assertEnqueued(ReportsSignupsJobs.with("us"));
    stoker.drain().rethrow();
    assertThat(reports.written()).containsExactly("Signups in us: 0 users so far");
  }
}
