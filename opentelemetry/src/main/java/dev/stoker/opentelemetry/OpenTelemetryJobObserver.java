package dev.stoker.opentelemetry;

import dev.stoker.observe.AttemptObservation;
import dev.stoker.observe.AttemptOutcome;
import dev.stoker.observe.EnqueueObservation;
import dev.stoker.observe.EnqueuedJobs;
import dev.stoker.observe.JobAttempt;
import dev.stoker.observe.JobObserver;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Objects;

/**
 * Stoker's jobs as OpenTelemetry spans, after its messaging conventions: each enqueue is a PRODUCER
 * span {@code enqueue <queue>}, whose context is stored with the job; each attempt runs in a
 * CONSUMER span {@code process <queue>}, linked to it by default ({@link Propagation}), current
 * while the job's code runs so that the spans it makes are its children. A batch is one PRODUCER
 * span, which each member's attempts link to.
 *
 * <pre>{@code
 * Stoker.builder().observer(OpenTelemetryJobObserver.create(openTelemetry))...
 * }</pre>
 */
public final class OpenTelemetryJobObserver implements JobObserver {

  static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
  static final AttributeKey<String> DESTINATION =
      AttributeKey.stringKey("messaging.destination.name");
  static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
  static final AttributeKey<String> OPERATION_TYPE =
      AttributeKey.stringKey("messaging.operation.type");
  static final AttributeKey<String> OPERATION_NAME =
      AttributeKey.stringKey("messaging.operation.name");
  static final AttributeKey<Long> BATCH_COUNT =
      AttributeKey.longKey("messaging.batch.message_count");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> JOB_NAME = AttributeKey.stringKey("stoker.job.name");
  static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("stoker.job.attempt");
  static final AttributeKey<Boolean> RETRY = AttributeKey.booleanKey("stoker.job.retry");
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("stoker.job.outcome");
  static final AttributeKey<String> RECURRING_ID = AttributeKey.stringKey("stoker.recurring.id");
  static final AttributeKey<String> BATCH_ID = AttributeKey.stringKey("stoker.batch.id");
  static final AttributeKey<String> SERVER_ID = AttributeKey.stringKey("stoker.server.id");

  private final Tracer tracer;
  private final Propagation propagation;

  private OpenTelemetryJobObserver(OpenTelemetry openTelemetry, Propagation propagation) {
    this.tracer = openTelemetry.getTracer("dev.stoker");
    this.propagation = propagation;
  }

  /** An observer whose attempts link to their enqueue. */
  public static OpenTelemetryJobObserver create(OpenTelemetry openTelemetry) {
    return create(openTelemetry, Propagation.LINK);
  }

  /** An observer whose attempts relate to their enqueue as {@code propagation} says. */
  public static OpenTelemetryJobObserver create(
      OpenTelemetry openTelemetry, Propagation propagation) {
    return new OpenTelemetryJobObserver(
        Objects.requireNonNull(openTelemetry, "openTelemetry"),
        Objects.requireNonNull(propagation, "propagation"));
  }

  @Override
  public EnqueueObservation enqueue(EnqueuedJobs jobs) {
    String queue = jobs.queue();
    SpanBuilder builder =
        tracer
            .spanBuilder(queue == null ? "enqueue" : "enqueue " + queue)
            .setSpanKind(SpanKind.PRODUCER)
            .setAttribute(SYSTEM, "stoker")
            .setAttribute(OPERATION_TYPE, "send")
            .setAttribute(OPERATION_NAME, "enqueue");
    if (queue != null) {
      builder.setAttribute(DESTINATION, queue);
    }
    if (jobs.batch() == null) {
      EnqueuedJobs.EnqueuedJob job = jobs.jobs().getFirst();
      builder.setAttribute(MESSAGE_ID, job.id().toString()).setAttribute(JOB_NAME, job.name());
    } else {
      builder
          .setAttribute(BATCH_ID, jobs.batch().toString())
          .setAttribute(BATCH_COUNT, (long) jobs.jobs().size());
    }
    Span span = builder.startSpan();
    String context = TraceContexts.write(Context.current().with(span));
    return new EnqueueObservation() {
      @Override
      public String traceContext() {
        return propagation == Propagation.NONE ? null : context;
      }

      @Override
      public void close(Throwable failure) {
        if (failure != null) {
          span.recordException(failure);
          span.setAttribute(ERROR_TYPE, failure.getClass().getName());
          span.setStatus(StatusCode.ERROR, failure.getMessage());
        }
        span.end();
      }
    };
  }

  @Override
  public AttemptObservation attempt(JobAttempt attempt) {
    SpanBuilder builder =
        tracer
            .spanBuilder("process " + attempt.queue())
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute(SYSTEM, "stoker")
            .setAttribute(OPERATION_TYPE, "process")
            .setAttribute(OPERATION_NAME, "process")
            .setAttribute(DESTINATION, attempt.queue())
            .setAttribute(MESSAGE_ID, attempt.id().toString())
            .setAttribute(JOB_NAME, attempt.name())
            .setAttribute(ATTEMPT, (long) attempt.attempt())
            .setAttribute(RETRY, attempt.isRetry())
            .setAttribute(SERVER_ID, attempt.serverId());
    if (attempt.recurringId() != null) {
      builder.setAttribute(RECURRING_ID, attempt.recurringId());
    }
    if (attempt.batch() != null) {
      builder.setAttribute(BATCH_ID, attempt.batch().toString());
    }
    SpanContext enqueued = TraceContexts.read(attempt.traceContext());
    if (propagation == Propagation.CHILD && enqueued.isValid()) {
      builder.setParent(Context.root().with(Span.wrap(enqueued)));
    } else {
      builder.setNoParent(); // not the worker's context: a job is no part of what ran before it
      if (propagation == Propagation.LINK && enqueued.isValid()) {
        builder.addLink(enqueued);
      }
    }
    Span span = builder.startSpan();
    Scope scope = span.makeCurrent();
    Thread thread = Thread.currentThread();
    return (outcome, exception) -> {
      if (Thread.currentThread() == thread) {
        scope.close(); // a job given up is closed from another thread, whose scope this is not
      }
      span.setAttribute(OUTCOME, outcome.tag());
      if (exception != null) {
        span.recordException(exception);
        span.setAttribute(ERROR_TYPE, exception.getClass().getName());
      }
      if (outcome != AttemptOutcome.SUCCEEDED && outcome != AttemptOutcome.CANCELLED) {
        span.setStatus(
            StatusCode.ERROR, exception == null ? outcome.tag() : String.valueOf(exception));
      }
      span.end();
    };
  }
}
