package dev.stoker.bench;

import dev.stoker.Stoker;
import dev.stoker.micrometer.MicrometerJobObserver;
import dev.stoker.observe.JobObserver;
import dev.stoker.opentelemetry.OpenTelemetryJobObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;

/**
 * The {@code stoker-observed} target: Stoker as {@link StokerTarget} runs it, with the Micrometer
 * observer on a {@link SimpleMeterRegistry} and the OpenTelemetry observer on an SDK that samples
 * every span and hands them in batches to an exporter that drops them. What it measures is what
 * observing costs Stoker, not what a backend costs.
 */
final class ObservedStokers {

  private ObservedStokers() {}

  static StokerTarget target() {
    return new StokerTarget() {
      private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
      private OpenTelemetrySdk openTelemetry;

      @Override
      public String name() {
        return super.name() + " observed";
      }

      @Override
      public String configuration() {
        return super.configuration()
            + "; with MicrometerJobObserver (SimpleMeterRegistry) and OpenTelemetryJobObserver"
            + " (SDK, every span sampled, BatchSpanProcessor, an exporter that drops them)";
      }

      @Override
      synchronized Stoker.Builder configure(Stoker.Builder builder) {
        if (openTelemetry == null) {
          openTelemetry = droppingOpenTelemetry();
        }
        for (JobObserver observer : observers(meters, openTelemetry)) {
          builder.observer(observer);
        }
        return builder;
      }

      @Override
      synchronized void closed() {
        if (openTelemetry != null) {
          openTelemetry.close();
          openTelemetry = null;
        }
      }
    };
  }

  /** The observers the target adds: Micrometer's on {@code meters}, then OpenTelemetry's. */
  static List<JobObserver> observers(MeterRegistry meters, OpenTelemetry openTelemetry) {
    return List.of(
        MicrometerJobObserver.of(meters), OpenTelemetryJobObserver.create(openTelemetry));
  }

  /**
   * An SDK that samples every span and hands them to a {@link BatchSpanProcessor} with its default
   * settings (what an application gets), whose exporter drops them.
   */
  static OpenTelemetrySdk droppingOpenTelemetry() {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder()
                .addSpanProcessor(BatchSpanProcessor.builder(new DroppingExporter()).build())
                .build())
        .build();
  }

  /** Drops the spans it is given. */
  private static final class DroppingExporter implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}
