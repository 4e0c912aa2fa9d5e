package dev.stoker.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceContextsTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN_ID = "00f067aa0ba902b7";

  @Test
  void span_without_trace_state_is_stored_as_its_traceparent_alone() {
    SpanContext span =
        SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault());

    String text = TraceContexts.write(Context.root().with(Span.wrap(span)));

    assertThat(text).isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-01");
    assertThat(TraceContexts.read(text))
        .isEqualTo(
            SpanContext.createFromRemoteParent(
                TRACE_ID, SPAN_ID, span.getTraceFlags(), span.getTraceState()));
  }

  @Test
  void span_with_trace_state_keeps_it_on_a_second_line() {
    TraceState state = TraceState.builder().put("vendor", "value").build();
    SpanContext span = SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getDefault(), state);

    String text = TraceContexts.write(Context.root().with(Span.wrap(span)));

    assertThat(text).isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-00\nvendor=value");
    assertThat(TraceContexts.read(text).getTraceState()).isEqualTo(state);
    assertThat(TraceContexts.read(text).getSpanId()).isEqualTo(SPAN_ID);
  }

  @Test
  void no_span_is_stored_as_nothing() {
    assertThat(TraceContexts.write(Context.root())).isNull();
    assertThat(TraceContexts.read(null).isValid()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-zz",
        "00-4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7-01",
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
        "not a traceparent"
      })
  void stored_text_reads_as_w3c_propagation_reads_it(String text) {
    Context extracted =
        W3CTraceContextPropagator.getInstance()
            .extract(Context.root(), Map.of("traceparent", text), MapGetter.INSTANCE);

    assertThat(TraceContexts.read(text)).isEqualTo(Span.fromContext(extracted).getSpanContext());
  }

  private enum MapGetter implements TextMapGetter<Map<String, String>> {
    INSTANCE;

    @Override
    public Iterable<String> keys(Map<String, String> carrier) {
      return carrier.keySet();
    }

    @Override
    public String get(Map<String, String> carrier, String key) {
      return carrier.get(key);
    }
  }
}
