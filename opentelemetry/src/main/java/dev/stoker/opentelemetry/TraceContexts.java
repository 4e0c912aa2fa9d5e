package dev.stoker.opentelemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceId;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.Map;

/**
 * A span's context as the text stored with a job: W3C {@code traceparent}, then {@code tracestate}
 * on a second line if there is one. W3C's own format, so that any server reads it, whatever the
 * propagators the application configured. A context without a trace state, the usual one, is
 * written and read here directly; OpenTelemetry's propagator, with its carrier map, is left for the
 * rest.
 */
final class TraceContexts {

  private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
  private static final String TRACEPARENT = "traceparent";
  private static final String TRACESTATE = "tracestate";

  /** W3C's version {@code 00}: {@code 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>}. */
  private static final String VERSION = "00-";

  private static final int TRACE_ID_START = VERSION.length();
  private static final int SPAN_ID_START = TRACE_ID_START + TraceId.getLength() + 1;
  private static final int FLAGS_START = SPAN_ID_START + SpanId.getLength() + 1;
  private static final int LENGTH = FLAGS_START + TraceFlags.getLength();

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
    SpanContext span = Span.fromContext(context).getSpanContext();
    if (!span.isValid()) {
      return null;
    }
    if (span.getTraceState().isEmpty()) {
      return VERSION
          + span.getTraceId()
          + '-'
          + span.getSpanId()
          + '-'
          + span.getTraceFlags().asHex();
    }
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
    if (isPlainTraceparent(text)) {
      SpanContext read =
          SpanContext.createFromRemoteParent(
              text.substring(TRACE_ID_START, SPAN_ID_START - 1),
              text.substring(SPAN_ID_START, FLAGS_START - 1),
              TraceFlags.fromHex(text, FLAGS_START),
              TraceState.getDefault());
      return read.isValid() ? read : SpanContext.getInvalid();
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

  /**
   * True for a version-00 traceparent alone; its ids are checked as the span context is made (an
   * invalid one makes an invalid context, as the propagator's reading does).
   */
  private static boolean isPlainTraceparent(String text) {
    return text.length() == LENGTH
        && text.startsWith(VERSION)
        && text.charAt(SPAN_ID_START - 1) == '-'
        && text.charAt(FLAGS_START - 1) == '-'
        && isLowerHex(text.charAt(FLAGS_START))
        && isLowerHex(text.charAt(FLAGS_START + 1));
  }

  private static boolean isLowerHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }
}
