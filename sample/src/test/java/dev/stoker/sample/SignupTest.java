package dev.stoker.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.testing.TestClock;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sample's jobs, tested the way a user tests theirs: in-memory H2, jobs run on this thread. */
class SignupTest {

  private final TestClock clock = TestClock.atFixedMoment();
  private final Mailer mailer = new Mailer();
  private final CrmSync crm = new CrmSync();
  private WelcomeEmailService welcomeEmails;
  private Stoker stoker;
  private Signup signup;

  @BeforeEach
  void start() throws SQLException {
    stoker =
        Stoker.builder()
            .clock(clock)
            .withoutServer()
            .register(WelcomeEmailService.class, () -> welcomeEmails)
            .register(crm)
            .start();
    Users users = new Users(stoker.dataSource());
    users.createTable();
    welcomeEmails = new WelcomeEmailService(users, mailer);
    signup = new Signup(stoker.dataSource(), users, stoker.client(), Duration.ofMinutes(15));
  }

  @AfterEach
  void stop() {
    stoker.close();
  }

  @Test
  void signup_sends_the_welcome_email() throws SQLException {
    var result = signup.signUp("Ayşe", "ayse@example.com");

    stoker.runDueJobs();

    assertThat(mailer.sent())
        .containsExactly(new Mailer.Mail("ayse@example.com", "Welcome to Stoker, Ayşe!"));
    assertThat(stoker.monitoring().job(result.jobs().getFirst()).orElseThrow().state())
        .isEqualTo(JobState.SUCCEEDED);
  }

  @Test
  void reminder_goes_out_fifteen_minutes_after_signup_not_before() throws SQLException {
    signup.signUp("Ayşe", "ayse@example.com");
    stoker.runDueJobs();

    clock.advance(Duration.ofMinutes(14));
    stoker.runDueJobs();
    assertThat(mailer.sent()).hasSize(1);

    clock.advance(Duration.ofMinutes(1));
    stoker.runDueJobs();
    assertThat(mailer.sent())
        .extracting(Mailer.Mail::subject)
        .containsExactly("Welcome to Stoker, Ayşe!", "Ayşe, your cart is waiting");
  }

  @Test
  void crm_sync_fails_twice_then_succeeds_on_retry() throws SQLException {
    var result = signup.signUp("Ayşe", "ayse@example.com");
    var crmJob = result.jobs().get(2);

    for (int attempt = 1; attempt <= 3; attempt++) {
      clock.advance(Duration.ofHours(1));
      stoker.runDueJobs();
    }

    var job = stoker.monitoring().job(crmJob).orElseThrow();
    assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(job.attempt()).isEqualTo(3);
    assertThat(crm.synced()).containsExactly(result.userId());
  }

  @Test
  void signup_that_rolls_back_creates_no_jobs() throws SQLException {
    signup.signUp("Ayşe", "ayse@example.com");
    stoker.runDueJobs();

    assertThatThrownBy(() -> signup.signUp("Ayşe again", "ayse@example.com"))
        .isInstanceOf(SQLException.class);
    stoker.runDueJobs();

    assertThat(mailer.sent()).hasSize(1);
    long jobs = stoker.monitoring().counts().byState().values().stream().mapToLong(n -> n).sum();
    assertThat(jobs).as("only the first signup's three jobs").isEqualTo(3);
  }
}
