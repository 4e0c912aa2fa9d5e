package dev.stoker.sample;

import static dev.stoker.test.StokerAssertions.assertEnqueued;
import static dev.stoker.test.StokerAssertions.assertNotEnqueued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.test.Drain;
import dev.stoker.test.RunResult;
import dev.stoker.test.StokerTest;
import dev.stoker.test.TestStoker;
import dev.stoker.testing.JobRun;
import dev.stoker.testing.RunOutcome;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample's jobs, tested the way a user tests theirs: with the test kit, each test on its own
 * in-memory H2, its jobs run on the test's thread when it says, on a clock it moves.
 */
@StokerTest
class SignupTest {

  private final Mailer mailer = new Mailer();
  private Users users;
  private CrmSync crm;
  private Newsletter newsletter;
  private Signup signup;

  @BeforeEach
  void start(TestStoker stoker) throws SQLException {
    users = new Users(stoker.dataSource());
    users.createTable();
    crm = new CrmSync(users);
    newsletter = new Newsletter(users, mailer);
    stoker.register(new WelcomeEmailService(users, mailer), crm, newsletter);
    signup = new Signup(stoker.dataSource(), users, stoker.client(), Duration.ofMinutes(15));
  }

  @Test
  void signup_enqueues_the_welcome_email_which_sends_it(TestStoker stoker) throws SQLException {
    var result = signup.signUp("Ayşe", "ayse@example.com");
    assertEnqueued(WelcomeEmailJobs.with(result.userId()).onQueue("mail"));
    assertThat(mailer.sent()).isEmpty();

    stoker.run(result.jobs().getFirst()).rethrow();

    assertThat(mailer.sent())
        .containsExactly(new Mailer.Mail("ayse@example.com", "Welcome to Stoker, Ayşe!"));
  }

  @Test
  void reminder_goes_out_fifteen_minutes_after_signup_not_before(TestStoker stoker)
      throws SQLException {
    Instant signedUp = stoker.clock().instant();
    var result = signup.signUp("Ayşe", "ayse@example.com");
    assertEnqueued(
        CartReminderJobs.with(result.userId()).scheduledAt(signedUp.plus(Duration.ofMinutes(15))));

    stoker.advance(Duration.ofMinutes(14));
    assertThat(mailer.sent())
        .extracting(Mailer.Mail::subject)
        .doesNotContain("Ayşe, your cart is waiting");

    stoker.advance(Duration.ofMinutes(1));
    assertThat(mailer.sent())
        .extracting(Mailer.Mail::subject)
        .containsExactly("Welcome to Stoker, Ayşe!", "Ayşe, your cart is waiting");
  }

  @Test
  void crm_sync_fails_twice_then_succeeds_on_retry_and_marks_the_user(TestStoker stoker)
      throws SQLException {
    var result = signup.signUp("Ayşe", "ayse@example.com");

    RunResult runs = stoker.drain(Drain.all().advancingClock());

    assertThat(runs.runs())
        .filteredOn(run -> run.name().equals("syncToCrm"))
        .extracting(JobRun::outcome)
        .containsExactly(RunOutcome.RETRIED, RunOutcome.RETRIED, RunOutcome.SUCCEEDED);
    assertThat(runs.failed()).isZero();
    assertThat(crm.synced()).containsExactly(result.userId());
    assertThat(users.find(result.userId()).orElseThrow().inCrm()).isTrue();
  }

  @Test
  void user_is_marked_in_the_crm_only_after_the_sync_succeeded(TestStoker stoker)
      throws SQLException {
    var result = signup.signUp("Ayşe", "ayse@example.com");

    stoker.drain();

    assertEnqueued(MarkInCrmJobs.with(result.userId()).after(result.jobs().get(2)));
    assertThat(users.find(result.userId()).orElseThrow().inCrm()).isFalse();
  }

  @Test
  void newsletter_goes_to_every_user_as_one_batch_and_is_reported_once(TestStoker stoker)
      throws SQLException {
    var ayse = signup.signUp("Ayşe", "ayse@example.com");
    var mehmet = signup.signUp("Mehmet", "mehmet@example.com");

    Newsletter.Sending sending = newsletter.send(stoker.client(), "November 2026");
    assertEnqueued(2, SendNewsletterJobs.withAnyArguments().inBatch(sending.batch()));
    assertEnqueued(
        SendNewsletterJobs.with(mehmet.userId(), "November 2026").inBatch(sending.batch()));
    assertEnqueued(NewsletterSentJobs.with("November 2026").afterBatch(sending.batch()));

    stoker.drain(Drain.queues("mail", "default"));

    assertThat(mailer.sent())
        .filteredOn(mail -> mail.subject().equals("Stoker newsletter, November 2026"))
        .extracting(Mailer.Mail::to)
        .containsExactlyInAnyOrder("ayse@example.com", "mehmet@example.com");
    assertThat(stoker.monitoring().batch(sending.batch()).orElseThrow().succeeded()).isEqualTo(2);
    assertNotEnqueued(NewsletterSentJobs.withAnyArguments());
    assertThat(ayse.userId()).isNotEqualTo(mehmet.userId());
  }

  @Test
  void signup_that_rolls_back_creates_no_jobs(TestStoker stoker) throws SQLException {
    signup.signUp("Ayşe", "ayse@example.com");

    assertThatThrownBy(() -> signup.signUp("Ayşe again", "ayse@example.com"))
        .isInstanceOf(SQLException.class);

    assertThat(stoker.jobs()).as("only the first signup's four jobs").hasSize(4);
    assertEnqueued(1, WelcomeEmailJobs.withAnyArguments());
  }
}
