package dev.stoker.opentelemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;

/**
 * A span's context as the text stored with a job: W3C {@code traceparent}, then {@code tracestate}
 * on a second line if there is one. W3C's own format, so that any server reads it, whatever the
 * propagators the application configured.
 */
final class TraceContexts {

  private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
  private static final String TRACEPARENT = "traceparent";
  private static final String TRACESTATE = "tracestate";

  private static final TextMapGetter<Map<String, String>> GETTER =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private TraceContexts() {}

  /** The context's span as text, or null if it has no valid span. */
  static String write(Context context) {
    Map<String, String> carrier = new HashMap<>();
    W3C.inject(context, carrier, Map::put);
    String parent = carrier.get(TRACEPARENT);
    if (parent == null) {
      return null;
    }
    String state = carrier.get(TRACESTATE);
    return state == null || state.isEmpty() ? parent : parent + "\n" + state;
  }

  /** The span the text names, or an invalid one for null or unreadable text. */
  static SpanContext read(String text) {
    if (text == null) {
      return SpanContext.getInvalid();
    }
    Map<String, String> carrier = new HashMap<>();
    int newline = text.indexOf('\n');
    carrier.put(TRACEPARENT, newline < 0 ? text : text.substring(0, newline));
    if (newline >= 0) {
      carrier.put(TRACESTATE, text.substring(newline + 1));
    }
    Context extracted = W3C.extract(Context.root(), carrier, GETTER);
    return Span.fromContext(extracted).getSpanContext();
  }
}
