package dev.stoker.spring.observe;

import dev.stoker.Stoker;
import dev.stoker.micrometer.MicrometerJobObserver;
import dev.stoker.opentelemetry.OpenTelemetryJobObserver;
import dev.stoker.spring.StokerAutoConfiguration;
import dev.stoker.spring.StokerBuilderCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Observes the auto-configured Stoker's jobs with what the application has: through Micrometer when
 * {@code stoker-micrometer} is on the classpath and the context has a {@link MeterRegistry}
 * (Observations in its {@link ObservationRegistry} if it has one, and Stoker's gauges), and through
 * OpenTelemetry when {@code stoker-opentelemetry} is and the context has an {@link OpenTelemetry}.
 * Each is a {@link StokerBuilderCustomizer}; define the observer bean yourself to configure it.
 */
@AutoConfiguration(
    before = StokerAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
      "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration"
    })
public final class StokerObservabilityAutoConfiguration {

  /** Micrometer's meters and Observations. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({MicrometerJobObserver.class, MeterRegistry.class})
  @ConditionalOnBean(MeterRegistry.class)
  static class Metrics {

    @Bean
    @ConditionalOnMissingBean
    MicrometerJobObserver stokerMicrometerObserver(
        MeterRegistry meters, ObjectProvider<ObservationRegistry> observations) {
      ObservationRegistry registry = observations.getIfUnique();
      // Boot's own registry has the meter handler; without one, the observer makes its own.
      return registry == null || registry.isNoop()
          ? MicrometerJobObserver.of(meters)
          : new MicrometerJobObserver(registry, meters);
    }

    @Bean
    StokerBuilderCustomizer stokerMicrometerCustomizer(MicrometerJobObserver observer) {
      return builder -> builder.observer(observer);
    }

    @Bean
    StokerGaugesLifecycle stokerGauges(ObjectProvider<Stoker> stoker, MeterRegistry meters) {
      return new StokerGaugesLifecycle(stoker, meters);
    }
  }

  /** OpenTelemetry's spans. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({OpenTelemetryJobObserver.class, OpenTelemetry.class})
  @ConditionalOnBean(OpenTelemetry.class)
  static class Tracing {

    @Bean
    @ConditionalOnMissingBean
    OpenTelemetryJobObserver stokerOpenTelemetryObserver(OpenTelemetry openTelemetry) {
      return OpenTelemetryJobObserver.create(openTelemetry);
    }

    @Bean
    StokerBuilderCustomizer stokerOpenTelemetryCustomizer(OpenTelemetryJobObserver observer) {
      return builder -> builder.observer(observer);
    }
  }
}
