package dev.stoker.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.jobs.Executions;
import dev.stoker.jobs.TestRecordJobs;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jobs created in the caller's transaction exist, and run, only if it commits. */
class TransactionalEnqueueTest extends DatabaseTest {

  private Stoker stoker;

  @BeforeEach
  void startStoker() {
    stoker = closeAfter(Stoker.builder().dataSource(db.dataSource()).withoutServer().start());
  }

  private DSLContext dsl() {
    return DSL.using(db.dataSource(), database.dialect());
  }

  @Test
  void job_enqueued_in_a_committed_jooq_transaction_runs() {
    AtomicReference<JobId> id = new AtomicReference<>();
    dsl()
        .transaction(
            tx ->
                id.set(
                    TestRecordJobs.using(stoker.client().inTransaction(tx.dsl())).enqueue(token)));

    assertThat(stoker.runDueJobs()).isEqualTo(1);
    assertThat(Executions.of(token))
        .extracting(Executions.Execution::job)
        .containsExactly(id.get());
  }

  @Test
  void job_enqueued_in_a_rolled_back_jooq_transaction_never_runs() {
    AtomicReference<JobId> id = new AtomicReference<>();
    assertThatThrownBy(
            () ->
                dsl()
                    .transaction(
                        tx -> {
                          id.set(
                              TestRecordJobs.using(stoker.client().inTransaction(tx.dsl()))
                                  .enqueue(token));
                          throw new IllegalStateException("signup failed");
                        }))
        .hasMessage("signup failed");

    assertThat(stoker.runDueJobs()).isZero();
    assertThat(Executions.count(token)).isZero();
    assertThat(stoker.monitoring().job(id.get())).isEmpty();
  }

  @Test
  void job_enqueued_on_a_committed_jdbc_connection_runs() throws Exception {
    JobId id;
    try (Connection connection = db.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      id = TestRecordJobs.using(stoker.client().inTransaction(connection)).enqueue(token);
      assertThat(stoker.monitoring().job(id)).as("invisible before commit").isEmpty();
      connection.commit();
    }

    assertThat(stoker.monitoring().job(id).orElseThrow().state()).isEqualTo(JobState.ENQUEUED);
    assertThat(stoker.runDueJobs()).isEqualTo(1);
    assertThat(Executions.count(token)).isEqualTo(1);
  }

  @Test
  void job_enqueued_on_a_rolled_back_jdbc_connection_never_runs() throws Exception {
    JobId id;
    try (Connection connection = db.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      id = TestRecordJobs.using(stoker.client().inTransaction(connection)).enqueue(token);
      connection.rollback();
    }

    assertThat(stoker.runDueJobs()).isZero();
    assertThat(stoker.monitoring().job(id)).isEmpty();
    assertThat(Executions.count(token)).isZero();
  }
}
