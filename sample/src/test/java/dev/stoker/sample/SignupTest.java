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
  private Users users;
  private WelcomeEmailService welcomeEmails;
  private CrmSync crm;
  private Newsletter newsletter;
  private Stoker stoker;
  private Signup signup;

  @BeforeEach
  void start() throws SQLException {
    stoker =
        Stoker.builder()
            .clock(clock)
            .withoutServer()
            .register(WelcomeEmailService.class, () -> welcomeEmails)
            .register(CrmSync.class, () -> crm)
            .register(Newsletter.class, () -> newsletter)
            .start();
    users = new Users(stoker.dataSource());
    users.createTable();
    welcomeEmails = new WelcomeEmailService(users, mailer);
    crm = new CrmSync(users);
    newsletter = new Newsletter(users, mailer);
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
    var markInCrm = result.jobs().get(3);

    for (int attempt = 1; attempt <= 3; attempt++) {
      clock.advance(Duration.ofHours(1));
      stoker.runDueJobs();
    }

    var job = stoker.monitoring().job(crmJob).orElseThrow();
    assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
    assertThat(job.attempt()).isEqualTo(3);
    assertThat(crm.synced()).containsExactly(result.userId());
    assertThat(stoker.monitoring().job(markInCrm).orElseThrow().state())
        .isEqualTo(JobState.SUCCEEDED);
    assertThat(users.find(result.userId()).orElseThrow().inCrm()).isTrue();
  }

  @Test
  void user_is_marked_in_the_crm_only_after_the_sync_succeeded() throws SQLException {
    var result = signup.signUp("Ayşe", "ayse@example.com");

    stoker.runDueJobs();

    assertThat(stoker.monitoring().job(result.jobs().get(3)).orElseThrow().state())
        .isEqualTo(JobState.AWAITING);
    assertThat(users.find(result.userId()).orElseThrow().inCrm()).isFalse();
  }

  @Test
  void newsletter_goes_to_every_user_as_one_batch_and_is_reported_once() throws SQLException {
    signup.signUp("Ayşe", "ayse@example.com");
    signup.signUp("Mehmet", "mehmet@example.com");

    Newsletter.Sending sending = newsletter.send(stoker.client(), "November 2026");
    stoker.runDueJobs();

    assertThat(mailer.sent())
        .filteredOn(mail -> mail.subject().equals("Stoker newsletter, November 2026"))
        .extracting(Mailer.Mail::to)
        .containsExactlyInAnyOrder("ayse@example.com", "mehmet@example.com");
    var batch = stoker.monitoring().batch(sending.batch()).orElseThrow();
    assertThat(batch.succeeded()).isEqualTo(2);
    assertThat(stoker.monitoring().job(sending.report()).orElseThrow().state())
        .isEqualTo(JobState.SUCCEEDED);
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
    assertThat(jobs).as("only the first signup's four jobs").isEqualTo(4);
  }
}
