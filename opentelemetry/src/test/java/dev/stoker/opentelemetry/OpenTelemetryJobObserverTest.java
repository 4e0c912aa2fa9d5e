package dev.stoker.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.RetryBackoff;
import dev.stoker.Stoker;
import dev.stoker.jobs.TestFailsTwiceJobs;
import dev.stoker.jobs.TestRecordJobs;
import dev.stoker.schedule.Schedule;
import dev.stoker.testing.TestClock;
import dev.stoker.testing.TestDatabase;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two Stokers on one database, as two processes would be: one enqueues, the other runs. Each has an
 * OpenTelemetry of its own, so that what joins their spans went through the database.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class OpenTelemetryJobObserverTest {

  @Parameter TestDatabase database;

  private final TestClock clock = TestClock.atFixedMoment();
  private final String token = UUID.randomUUID().toString();
  private final InMemorySpanExporter webSpans = InMemorySpanExporter.create();
  private final InMemorySpanExporter workerSpans = InMemorySpanExporter.create();
  private final List<AutoCloseable> toClose = new ArrayList<>();
  private TestDatabase.Handle db;

  @BeforeEach
  void openDatabase() {
    db = database.create();
  }

  @AfterEach
  void closeEverything() throws Exception {
    for (AutoCloseable closeable : toClose.reversed()) {
      closeable.close();
    }
    db.close();
  }

  private OpenTelemetrySdk openTelemetry(InMemorySpanExporter exporter) {
    OpenTelemetrySdk sdk =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .build();
    toClose.add(sdk);
    return sdk;
  }

  private Stoker stoker(OpenTelemetry openTelemetry, Propagation propagation) {
    Stoker stoker =
        Stoker.builder()
            .dataSource(db.dataSource())
            .clock(clock)
            .retryBackoff(new RetryBackoff(Duration.ofSeconds(10), 1, Duration.ofSeconds(10), 0))
            .observer(OpenTelemetryJobObserver.create(openTelemetry, propagation))
            .installClient(false)
            .withoutServer()
            .start();
    toClose.add(stoker);
    return stoker;
  }

  /** Enqueues from the "web" Stoker inside a request's span; returns that span's context. */
  private SpanContext enqueueInRequest(Stoker web, OpenTelemetry webTelemetry, Runnable enqueue) {
    Span request = webTelemetry.getTracer("test").spanBuilder("POST /signup").startSpan();
    try (Scope ignored = request.makeCurrent()) {
      enqueue.run();
    } finally {
      request.end();
    }
    return request.getSpanContext();
  }

  /**
   * Enqueues a job from a "web" Stoker in a request's span, runs it on a "worker" Stoker, and
   * returns the request's span context.
   */
  private SpanContext enqueueInRequestAndRunElsewhere(Propagation propagation) {
    OpenTelemetrySdk webTelemetry = openTelemetry(webSpans);
    Stoker web = stoker(webTelemetry, propagation);
    Stoker worker = stoker(openTelemetry(workerSpans), propagation);
    SpanContext request =
        enqueueInRequest(
            web, webTelemetry, () -> TestRecordJobs.using(web.client()).enqueue(token));
    worker.runDueJobs();
    return request;
  }

  /** A link's span, by its ids: read back from the database, it is remote, unlike the original. */
  private static String linked(LinkData link) {
    return idOf(link.getSpanContext());
  }

  private static String idOf(SpanContext span) {
    return span.getTraceId() + "/" + span.getSpanId();
  }

  private List<SpanData> consumers() {
    return workerSpans.getFinishedSpanItems().stream()
        .filter(span -> span.getKind() == SpanKind.CONSUMER)
        .toList();
  }

  private SpanData producer() {
    return webSpans.getFinishedSpanItems().stream()
        .filter(span -> span.getKind() == SpanKind.PRODUCER)
        .reduce(
            (one, other) -> {
              throw new AssertionError("more than one PRODUCER span");
            })
        .orElseThrow();
  }

  @Test
  void job_enqueued_by_one_stoker_and_run_by_another_links_to_its_enqueue() {
    OpenTelemetrySdk webTelemetry = openTelemetry(webSpans);
    Stoker web = stoker(webTelemetry, Propagation.LINK);
    Stoker worker = stoker(openTelemetry(workerSpans), Propagation.LINK);

    JobId[] id = new JobId[1];
    SpanContext request =
        enqueueInRequest(
            web, webTelemetry, () -> id[0] = TestRecordJobs.using(web.client()).enqueue(token));
    worker.runDueJobs();

    SpanData producer = producer();
    assertThat(producer.getName()).isEqualTo("enqueue default");
    assertThat(producer.getParentSpanContext()).isEqualTo(request);
    assertThat(producer.getAttributes().get(OpenTelemetryJobObserver.SYSTEM)).isEqualTo("stoker");
    assertThat(producer.getAttributes().get(OpenTelemetryJobObserver.DESTINATION))
        .isEqualTo("default");
    assertThat(producer.getAttributes().get(OpenTelemetryJobObserver.MESSAGE_ID))
        .isEqualTo(id[0].toString());
    assertThat(producer.getAttributes().get(OpenTelemetryJobObserver.JOB_NAME))
        .isEqualTo("test.record");

    SpanData consumer = consumers().getFirst();
    assertThat(consumers()).hasSize(1);
    assertThat(consumer.getName()).isEqualTo("process default");
    assertThat(consumer.getTraceId()).isNotEqualTo(producer.getTraceId());
    assertThat(consumer.getParentSpanContext().isValid()).isFalse();
    assertThat(consumer.getLinks())
        .extracting(OpenTelemetryJobObserverTest::linked)
        .containsExactly(idOf(producer.getSpanContext()));
    assertThat(consumer.getAttributes().get(OpenTelemetryJobObserver.MESSAGE_ID))
        .isEqualTo(id[0].toString());
    assertThat(consumer.getAttributes().get(OpenTelemetryJobObserver.DESTINATION))
        .isEqualTo("default");
    assertThat(consumer.getAttributes().get(OpenTelemetryJobObserver.ATTEMPT)).isEqualTo(1L);
    assertThat(consumer.getAttributes().get(OpenTelemetryJobObserver.SERVER_ID))
        .isEqualTo(worker.serverId());
    assertThat(consumer.getAttributes().get(OpenTelemetryJobObserver.OUTCOME))
        .isEqualTo("succeeded");
    assertThat(consumer.getAttributes().get(OpenTelemetryJobObserver.ERROR_TYPE)).isNull();
    assertThat(consumer.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
  }

  @Test
  void each_attempt_is_one_span_and_failed_ones_carry_the_error_type() {
    OpenTelemetrySdk webTelemetry = openTelemetry(webSpans);
    Stoker web = stoker(webTelemetry, Propagation.LINK);
    Stoker worker = stoker(openTelemetry(workerSpans), Propagation.LINK);

    enqueueInRequest(
        web, webTelemetry, () -> TestFailsTwiceJobs.using(web.client()).enqueue(token));
    for (int i = 0; i < 3; i++) {
      worker.runDueJobs();
      clock.advance(Duration.ofSeconds(10));
    }

    List<SpanData> attempts = consumers();
    assertThat(attempts)
        .extracting(span -> span.getAttributes().get(OpenTelemetryJobObserver.ATTEMPT))
        .containsExactly(1L, 2L, 3L);
    assertThat(attempts)
        .extracting(span -> span.getAttributes().get(OpenTelemetryJobObserver.RETRY))
        .containsExactly(false, true, true);
    assertThat(attempts)
        .extracting(span -> span.getAttributes().get(OpenTelemetryJobObserver.OUTCOME))
        .containsExactly("retried", "retried", "succeeded");
    assertThat(attempts)
        .extracting(span -> span.getAttributes().get(OpenTelemetryJobObserver.ERROR_TYPE))
        .containsExactly(
            IllegalStateException.class.getName(), IllegalStateException.class.getName(), null);
    assertThat(attempts)
        .extracting(span -> span.getStatus().getStatusCode())
        .containsExactly(StatusCode.ERROR, StatusCode.ERROR, StatusCode.UNSET);
    assertThat(attempts)
        .allSatisfy(
            span ->
                assertThat(span.getLinks())
                    .extracting(OpenTelemetryJobObserverTest::linked)
                    .containsExactly(idOf(producer().getSpanContext())));
  }

  @Test
  void child_propagation_runs_the_attempt_in_the_enqueuing_trace() {
    SpanContext request = enqueueInRequestAndRunElsewhere(Propagation.CHILD);

    SpanData consumer = consumers().getFirst();
    assertThat(consumer.getTraceId()).isEqualTo(request.getTraceId());
    assertThat(consumer.getParentSpanContext().getSpanId())
        .isEqualTo(producer().getSpanContext().getSpanId());
    assertThat(consumer.getLinks()).isEmpty();
  }

  @Test
  void no_propagation_leaves_the_attempt_unrelated_to_its_enqueue() {
    SpanContext request = enqueueInRequestAndRunElsewhere(Propagation.NONE);

    assertThat(producer().getParentSpanContext()).isEqualTo(request);
    SpanData consumer = consumers().getFirst();
    assertThat(consumer.getTraceId()).isNotEqualTo(request.getTraceId());
    assertThat(consumer.getParentSpanContext().isValid()).isFalse();
    assertThat(consumer.getLinks()).isEmpty();
  }

  @Test
  void batch_is_one_enqueue_span_that_every_member_links_to() {
    OpenTelemetrySdk webTelemetry = openTelemetry(webSpans);
    Stoker web = stoker(webTelemetry, Propagation.LINK);
    Stoker worker = stoker(openTelemetry(workerSpans), Propagation.LINK);

    BatchId[] batch = new BatchId[1];
    enqueueInRequest(
        web,
        webTelemetry,
        () ->
            batch[0] =
                web.client()
                    .batch(
                        b -> {
                          for (int i = 0; i < 3; i++) {
                            TestRecordJobs.in(b).enqueue(token);
                          }
                        }));
    worker.runDueJobs();

    SpanData producer = producer();
    assertThat(producer.getAttributes().get(OpenTelemetryJobObserver.BATCH_ID))
        .isEqualTo(batch[0].toString());
    assertThat(producer.getAttributes().get(OpenTelemetryJobObserver.BATCH_COUNT)).isEqualTo(3L);
    assertThat(consumers()).hasSize(3);
    assertThat(consumers())
        .allSatisfy(
            span -> {
              assertThat(span.getLinks())
                  .extracting(OpenTelemetryJobObserverTest::linked)
                  .containsExactly(idOf(producer.getSpanContext()));
              assertThat(span.getAttributes().get(OpenTelemetryJobObserver.BATCH_ID))
                  .isEqualTo(batch[0].toString());
            });
  }

  @Test
  void a_recurring_jobs_fire_says_which_recurring_job_it_is() {
    Stoker worker =
        Stoker.builder()
            .dataSource(db.dataSource())
            .clock(clock)
            .observer(OpenTelemetryJobObserver.create(openTelemetry(workerSpans)))
            .withoutServer()
            .start();
    toClose.add(worker);

    TestRecordJobs.recurring("nightly-report", Schedule.dailyAt(3, 0)).register(token);
    TestRecordJobs.triggerRecurring("nightly-report");
    worker.runDueJobs();

    SpanData fire = consumers().getFirst();
    assertThat(consumers()).hasSize(1);
    assertThat(fire.getAttributes().get(OpenTelemetryJobObserver.RECURRING_ID))
        .isEqualTo("nightly-report");
    assertThat(fire.getLinks()).as("no enqueue traced it").isEmpty();
  }

  @Test
  void attempts_span_is_current_while_the_jobs_code_runs() {
    Stoker worker = stoker(openTelemetry(workerSpans), Propagation.LINK);

    OtelSeesSpanJobs.using(worker.client()).enqueue(token);
    worker.runDueJobs();

    SpanData consumer = consumers().getFirst();
    assertThat(SpanSeeingJobs.SEEN.get(token)).isEqualTo(consumer.getSpanContext());
    assertThat(Span.current().getSpanContext().isValid()).as("and only then").isFalse();
  }
}
