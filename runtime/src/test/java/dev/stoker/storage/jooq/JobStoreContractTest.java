package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_BATCH;
import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_HISTORY;
import static dev.stoker.schema.Tables.STOKER_JOB_TRACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.job.Parents;
import dev.stoker.monitoring.ExceptionInfo;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.Completion;
import dev.stoker.storage.JobStore;
import dev.stoker.storage.NewJob;
import dev.stoker.storage.Outcome;
import dev.stoker.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One job store, its statements chosen three ways: PostgreSQL's own and the portable ones on
 * PostgreSQL, and the portable ones on H2. Each scenario runs on all three, on fresh databases, and
 * must leave the same rows and the same histories (jobs, their trace rows, batches and history
 * rows, to the microsecond), and return the same answers.
 */
class JobStoreContractTest {

  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final List<String> NAMES = List.of("mail.welcome", "report.monthly");

  /** A database and the statements a store uses on it. */
  enum Setup {
    POSTGRES_OWN(TestDatabase.POSTGRES, true),
    POSTGRES_PORTABLE(TestDatabase.POSTGRES, false),
    H2_PORTABLE(TestDatabase.H2, false);

    final TestDatabase database;
    final boolean own;

    Setup(TestDatabase database, boolean own) {
      this.database = database;
      this.own = own;
    }

    Statements statements() {
      return own ? Statements.of(database.dialect()) : new PortableStatements(database.dialect());
    }
  }

  /** What a scenario does with a store; returns what it wants compared besides the rows. */
  enum Scenario {
    CREATE_CLAIM_AND_END_JOBS(JobStoreContractTest::createClaimAndEnd),
    CONTINUATIONS_AND_BATCHES(JobStoreContractTest::continuationsAndBatches),
    DUE_JOBS_REQUEUE_AND_DELETE(JobStoreContractTest::dueRequeueAndDelete);

    final Function<JobStore, List<Object>> run;

    Scenario(Function<JobStore, List<Object>> run) {
      this.run = run;
    }
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void every_statement_set_leaves_the_same_rows_and_histories(Scenario scenario) {
    List<List<Object>> results = new ArrayList<>();
    for (Setup setup : Setup.values()) {
      try (TestDatabase.Handle db = setup.database.create()) {
        new SchemaMigrator(db.dataSource(), setup.database.dialect()).migrate();
        DSLContext dsl = Databases.of(db.dataSource()).dsl();
        List<Object> result =
            new ArrayList<>(
                scenario.run.apply(JooqJobStore.owningTransactions(dsl, setup.statements())));
        result.add(rows(DSL.using(db.dataSource(), setup.database.dialect())));
        // JSON as text: PostgreSQL's jsonb writes a space after each colon, H2 none.
        results.add(List.of(result.toString().replace(" ", "")));
      }
    }
    assertThat(results.get(1)).as("portable statements on PostgreSQL").isEqualTo(results.get(0));
    assertThat(results.get(2)).as("portable statements on H2").isEqualTo(results.get(0));
  }

  private static List<Object> createClaimAndEnd(JobStore store) {
    List<Object> answers = new ArrayList<>();
    NewJob low = job(1, "mail.welcome", 0, JobState.ENQUEUED).withTraceContext("trace-1");
    NewJob high = job(2, "mail.welcome", 5, JobState.ENQUEUED).withTraceContext("trace-2");
    NewJob other = job(3, "report.monthly", 0, JobState.ENQUEUED);
    NewJob later = job(4, "mail.welcome", 0, JobState.SCHEDULED);
    store.insert(List.of(low), T0, true);
    store.insert(List.of(high, other, later), T0, false);

    List<ClaimedJob> claimed = store.claim("server-1", "default", List.of("mail.welcome"), 5, T0);
    assertThat(claimed).extracting(ClaimedJob::traceContext).containsExactly("trace-2", "trace-1");
    answers.add(claimed);
    ClaimedJob first = claimed.get(0);
    ClaimedJob second = claimed.get(1);
    Instant t1 = T0.plusSeconds(1);
    ExceptionInfo smtp = new ExceptionInfo("java.lang.IllegalStateException", "SMTP down", "at x");
    answers.add(
        store.completeAll(
            List.of(
                new Completion(first, new Outcome.Succeeded("Succeeded in 3 ms")),
                new Completion(
                    second, new Outcome.Retrying(t1.plusSeconds(15), smtp, "Retry 1 of 3"))),
            "server-1",
            t1));
    answers.add(
        store.complete(first, new Outcome.Failed(smtp, "Failed after 1 attempt"), "server-1", t1));
    List<ClaimedJob> reports = store.claim("server-2", "default", List.of("report.monthly"), 5, t1);
    answers.add(reports);
    answers.add(
        store.complete(
            reports.getFirst(),
            new Outcome.HandedBack("Server server-2 shut down"),
            "server-2",
            t1));
    answers.add(
        store.complete(
            reports.getFirst(), new Outcome.Succeeded("late"), "server-2", t1.plusSeconds(1)));
    return answers;
  }

  private static List<Object> continuationsAndBatches(JobStore store) {
    List<Object> answers = new ArrayList<>();
    NewJob parent = job(1, "mail.welcome", 0, JobState.ENQUEUED);
    store.insert(List.of(parent), T0, false);
    NewJob child =
        withParents(
                job(2, "report.monthly", 0, JobState.AWAITING), Parents.NONE.andJob(parent.id()))
            .withTraceContext("trace-2");
    store.insert(List.of(child), T0, false);
    BatchId batch = new BatchId(id(10));
    List<NewJob> members = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      NewJob member = inBatch(job(11 + i, "mail.welcome", 0, JobState.ENQUEUED), batch);
      members.add(i == 0 ? member.withTraceContext("trace-11") : member);
    }
    store.insertBatch(batch, members, T0, false);
    NewJob afterBatch =
        withParents(
            job(20, "report.monthly", 0, JobState.AWAITING),
            new Parents(List.of(), List.of(batch), false));
    store.insert(List.of(afterBatch), T0, false);

    Instant t1 = T0.plusSeconds(1);
    List<ClaimedJob> claimed = store.claim("server-1", "default", List.of("mail.welcome"), 10, t1);
    assertThat(claimed)
        .extracting(ClaimedJob::traceContext)
        .containsExactly(null, "trace-11", null, null);
    List<Completion> successes = new ArrayList<>();
    for (ClaimedJob job : claimed) {
      successes.add(new Completion(job, new Outcome.Succeeded("Succeeded in 1 ms")));
    }
    answers.add(store.completeAll(successes, "server-1", t1.plusSeconds(1)));
    answers.add(store.findBatch(batch));
    BatchId deleted = new BatchId(id(30));
    store.insertBatch(
        deleted,
        List.of(inBatch(job(31, "mail.welcome", 0, JobState.ENQUEUED), deleted)),
        t1,
        false);
    store.deleteBatch(deleted, t1.plusSeconds(2));
    answers.add(store.findBatch(deleted));
    return answers;
  }

  private static List<Object> dueRequeueAndDelete(JobStore store) {
    List<Object> answers = new ArrayList<>();
    NewJob scheduled = job(1, "mail.welcome", 0, JobState.SCHEDULED);
    NewJob done = job(2, "mail.welcome", 5, JobState.ENQUEUED);
    store.insert(List.of(scheduled, done), T0, false);
    answers.add(store.enqueueDueJobs(T0.plusSeconds(59), 10));
    answers.add(store.enqueueDueJobs(T0.plusSeconds(60), 10));
    List<ClaimedJob> claimed = store.claim("server-1", "default", NAMES, 1, T0.plusSeconds(61));
    store.complete(claimed.getFirst(), new Outcome.Succeeded("ok"), "server-1", T0.plusSeconds(62));
    assertThat(claimed).extracting(ClaimedJob::id).containsExactly(done.id());
    assertThatThrownBy(() -> store.requeue(done.id(), T0.plusSeconds(63)))
        .as("an illegal change names both states")
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot change from SUCCEEDED to ENQUEUED");
    store.delete(scheduled.id(), T0.plusSeconds(64));
    store.requeue(scheduled.id(), T0.plusSeconds(65));
    answers.add(store.counts());
    return answers;
  }

  /** Every row the scenario left: jobs, batches and history, in a fixed order. */
  private static List<List<Object>> rows(DSLContext dsl) {
    var j = STOKER_JOB;
    var b = STOKER_BATCH;
    var h = STOKER_JOB_HISTORY;
    List<List<Object>> rows = new ArrayList<>();
    addAll(rows, dsl.selectFrom(j).orderBy(j.ID).fetch());
    addAll(rows, dsl.selectFrom(STOKER_JOB_TRACE).orderBy(STOKER_JOB_TRACE.JOB_ID).fetch());
    addAll(rows, dsl.selectFrom(b).orderBy(b.ID).fetch());
    // History ids are the database's own sequence: all but them.
    List<Field<?>> history = Arrays.stream(h.fields()).filter(f -> !f.equals(h.ID)).toList();
    addAll(rows, dsl.select(history).from(h).orderBy(h.JOB_ID, h.ID).fetch());
    return rows;
  }

  private static void addAll(List<List<Object>> rows, Result<? extends Record> result) {
    result.forEach(
        row -> rows.add(row.intoList().stream().map(JobStoreContractTest::comparable).toList()));
  }

  /** Values as both databases give them back: JSON as its text, nulls as a word. */
  private static Object comparable(Object value) {
    if (value == null) {
      return "null";
    }
    return value instanceof org.jooq.JSONB json ? json.data().replace(" ", "") : value;
  }

  private static UUID id(int n) {
    return UUID.fromString(String.format("01a20000-0000-7000-8000-%012d", n));
  }

  private static NewJob job(int n, String name, int priority, JobState state) {
    Instant runAt = state == JobState.SCHEDULED ? T0.plus(Duration.ofMinutes(1)) : T0;
    return new NewJob(
        new JobId(id(n)),
        name,
        "default",
        priority,
        state,
        "{\"userId\":" + n + "}",
        3,
        runAt,
        T0,
        state == JobState.SCHEDULED ? "Scheduled for " + runAt : "Enqueued",
        null,
        Parents.NONE);
  }

  private static NewJob withParents(NewJob job, Parents parents) {
    return changed(job, "Waiting for its parents", job.batch(), parents);
  }

  private static NewJob inBatch(NewJob job, BatchId batch) {
    return changed(job, job.reason() + " in batch " + batch, batch, job.parents());
  }

  private static NewJob changed(NewJob job, String reason, BatchId batch, Parents parents) {
    return new NewJob(
        job.id(),
        job.name(),
        job.queue(),
        job.priority(),
        job.state(),
        job.arguments(),
        job.maxRetries(),
        job.runAt(),
        job.createdAt(),
        reason,
        batch,
        parents);
  }
}
