package dev.stoker.spring.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stoker.JobId;
import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.micrometer.MicrometerJobObserver;
import dev.stoker.opentelemetry.OpenTelemetryJobObserver;
import dev.stoker.spring.StokerAutoConfiguration;
import dev.stoker.spring.jobs.GreetJobs;
import dev.stoker.spring.jobs.Greeter;
import dev.stoker.spring.jobs.Greetings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

class StokerObservabilityAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DataSourceTransactionManagerAutoConfiguration.class,
                  StokerAutoConfiguration.class,
                  StokerObservabilityAutoConfiguration.class))
          .withBean(Greetings.class)
          .withBean(Greeter.class)
          .withPropertyValues("stoker.server.poll-interval=50ms");

  @Test
  void without_a_meter_registry_or_open_telemetry_nothing_observes() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(MicrometerJobObserver.class);
          assertThat(context).doesNotHaveBean(OpenTelemetryJobObserver.class);
        });
  }

  @Test
  void job_meters_appear_in_the_contexts_meter_registry() {
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              assertThat(context).hasSingleBean(MicrometerJobObserver.class);
              MeterRegistry meters = context.getBean(MeterRegistry.class);

              JobId id = GreetJobs.enqueue("Ada");
              awaitSucceeded(context, id);

              await(
                  "the attempt is timed",
                  () ->
                      meters
                              .find("stoker.job.process")
                              .tag("stoker.job.name", "greet")
                              .tag("outcome", "succeeded")
                              .timer()
                          != null);
              Timer process =
                  meters
                      .find("stoker.job.process")
                      .tag("stoker.job.name", "greet")
                      .tag("outcome", "succeeded")
                      .timer();
              assertThat(process.count()).isEqualTo(1);
              assertThat(meters.find("stoker.job.enqueue").tag("stoker.job.name", "greet").timer())
                  .isNotNull();
              assertThat(meters.find("stoker.workers").gauge()).isNotNull();
              assertThat(meters.find("stoker.workers").gauge().value()).isPositive();
            });
  }

  @Test
  void observations_go_through_the_contexts_observation_registry_when_it_has_one() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    List<String> seen = new CopyOnWriteArrayList<>();
    observations
        .observationConfig()
        .observationHandler(
            new ObservationHandler<>() {
              @Override
              public boolean supportsContext(Observation.Context c) {
                return true;
              }

              @Override
              public void onStop(Observation.Context c) {
                seen.add(c.getName());
              }
            });
    runner
        .withBean(MeterRegistry.class, () -> meters)
        .withBean(ObservationRegistry.class, () -> observations)
        .run(
            context -> {
              JobId id = GreetJobs.enqueue("Grace");
              awaitSucceeded(context, id);
              await("the attempt is observed", () -> seen.contains("stoker.job.process"));
              assertThat(seen).contains("stoker.job.enqueue");
            });
  }

  @Test
  void spans_go_to_the_contexts_open_telemetry() {
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    OpenTelemetrySdk openTelemetry =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .build();
    runner
        .withBean(OpenTelemetry.class, () -> openTelemetry)
        .run(
            context -> {
              assertThat(context).hasSingleBean(OpenTelemetryJobObserver.class);
              assertThat(context).doesNotHaveBean(MicrometerJobObserver.class);

              JobId id = GreetJobs.enqueue("Linus");
              awaitSucceeded(context, id);
              await(
                  "the attempt's span ends",
                  () ->
                      spans.getFinishedSpanItems().stream()
                          .anyMatch(span -> span.getKind() == SpanKind.CONSUMER));
              assertThat(spans.getFinishedSpanItems())
                  .filteredOn(span -> span.getKind() == SpanKind.PRODUCER)
                  .singleElement()
                  .satisfies(span -> assertThat(span.getName()).isEqualTo("enqueue default"));
            });
    openTelemetry.close();
  }

  @Test
  void backs_off_without_the_modules_on_the_classpath() {
    runner
        .withClassLoader(
            new FilteredClassLoader(MicrometerJobObserver.class, OpenTelemetryJobObserver.class))
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(OpenTelemetry.class, OpenTelemetry::noop)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(MicrometerJobObserver.class);
              assertThat(context).doesNotHaveBean(OpenTelemetryJobObserver.class);
            });
  }

  private static void awaitSucceeded(ApplicationContext context, JobId id) {
    Stoker stoker = context.getBean(Stoker.class);
    await(
        "the job succeeded",
        () -> stoker.monitoring().job(id).orElseThrow().state() == JobState.SUCCEEDED);
  }

  private static void await(String what, Callable<Boolean> condition) {
    Awaitility.await(what).atMost(Duration.ofSeconds(30)).until(condition);
  }
}
