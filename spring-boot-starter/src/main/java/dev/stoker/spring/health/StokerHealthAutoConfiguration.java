package dev.stoker.spring.health;

import dev.stoker.Stoker;
import dev.stoker.spring.StokerAutoConfiguration;
import dev.stoker.spring.StokerProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The "stoker" health indicator of the auto-configured Stoker, when the application has Spring
 * Boot's health support (Actuator). Turn it off with {@code
 * management.health.stoker.enabled=false}.
 */
@AutoConfiguration(after = StokerAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean({Stoker.class, StokerProperties.class})
@ConditionalOnEnabledHealthIndicator("stoker")
public final class StokerHealthAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "stokerHealthIndicator")
  HealthIndicator stokerHealthIndicator(Stoker stoker, StokerProperties properties) {
    return new StokerHealthIndicator(
        stoker, properties.getServer().isEnabled(), properties.getServer().getTimeout());
  }
}
