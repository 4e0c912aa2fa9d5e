package dev.stoker.opentelemetry;

import dev.stoker.annotation.Job;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A job that notes which span is current while its code runs. */
public class SpanSeeingJobs {

  static final Map<String, SpanContext> SEEN = new ConcurrentHashMap<>();

  @Job(name = "otel.sees-span")
  public void seesSpan(String token) {
    SEEN.put(token, Span.current().getSpanContext());
  }
}
