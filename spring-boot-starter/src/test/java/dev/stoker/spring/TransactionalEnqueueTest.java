package dev.stoker.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.stoker.BatchId;
import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.spring.app.Customers;
import dev.stoker.spring.app.Mailbox;
import dev.stoker.spring.app.ShopTest;
import dev.stoker.spring.app.Signups;
import dev.stoker.spring.app.WelcomeJobs;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** A whole Spring Boot application: its beans, its transactions, Stoker auto-configured. */
@ShopTest
class TransactionalEnqueueTest {

  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @Autowired Signups signups;
  @Autowired Customers customers;
  @Autowired Mailbox mailbox;
  @Autowired Stoker stoker;
  @Autowired TransactionTemplate transactions;
  @Autowired JobClient client;

  @Test
  void a_committed_signup_runs_its_job_once_on_the_bean_with_its_dependencies() {
    JobId id = signups.signUp("Ada");

    awaitSucceeded(id);
    assertThat(mailbox.count("Welcome, Ada")).isEqualTo(1);
  }

  @Test
  void a_committed_signup_through_the_injected_client_runs_its_job_once() {
    JobId id = signups.signUpWithClient("Grace");

    awaitSucceeded(id);
    assertThat(mailbox.count("Welcome, Grace")).isEqualTo(1);
  }

  @Test
  void a_rolled_back_signup_leaves_neither_the_customer_nor_the_job() {
    for (boolean withClient : new boolean[] {false, true}) {
      String name = withClient ? "Linus" : "Dennis";
      AtomicReference<JobId> enqueued = new AtomicReference<>();

      assertThatThrownBy(() -> signups.signUpAndFail(name, withClient, enqueued::set))
          .hasMessageContaining("refused the card");

      assertThat(enqueued.get()).isNotNull();
      assertThat(stoker.monitoring().job(enqueued.get())).isEmpty();
      assertThat(customers.exists(name)).isFalse();
    }
  }

  @Test
  void a_transaction_template_marked_rollback_only_takes_its_job_with_it() {
    JobId committed =
        transactions.execute(status -> WelcomeJobs.enqueue(customers.insert("Barbara")));
    JobId rolledBack =
        transactions.execute(
            status -> {
              status.setRollbackOnly();
              return WelcomeJobs.enqueue(customers.insert("Margaret"));
            });

    awaitSucceeded(committed);
    assertThat(stoker.monitoring().job(rolledBack)).isEmpty();
    assertThat(mailbox.count("Welcome, Barbara")).isEqualTo(1);
    assertThat(mailbox.count("Welcome, Margaret")).isZero();
  }

  @Test
  void a_batch_created_in_a_rolled_back_transaction_does_not_exist() {
    BatchId batch =
        transactions.execute(
            status -> {
              status.setRollbackOnly();
              return client.batch(jobs -> WelcomeJobs.in(jobs).enqueue(customers.insert("Alan")));
            });

    assertThat(stoker.monitoring().batch(batch)).isEmpty();
  }

  @Test
  void outside_a_transaction_each_enqueue_commits_on_its_own() {
    long id = customers.insert("Ken");

    JobId job = WelcomeJobs.enqueue(id);

    assertThat(stoker.monitoring().job(job)).isPresent();
    awaitSucceeded(job);
    assertThat(mailbox.count("Welcome, Ken")).isEqualTo(1);
  }

  private void awaitSucceeded(JobId id) {
    await()
        .atMost(DEADLINE)
        .until(() -> stoker.monitoring().job(id).map(job -> job.state().isFinal()).orElse(false));
    assertThat(stoker.monitoring().job(id).orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
  }
}
