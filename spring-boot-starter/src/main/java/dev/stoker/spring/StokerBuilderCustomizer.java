package dev.stoker.spring;

import dev.stoker.Stoker;

/**
 * Changes how the auto-configured Stoker is built, beyond what the {@code stoker.*} properties set:
 * a retry backoff, instances to register, a clock. Every bean of this type is applied, in
 * {@code @Order}, after the properties.
 *
 * <pre>{@code
 * @Bean
 * StokerBuilderCustomizer quickRetries() {
 *   return builder -> builder.retryBackoff(new RetryBackoff(Duration.ofSeconds(1), 2, Duration.ofMinutes(1), 0.1));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface StokerBuilderCustomizer {

  void customize(Stoker.Builder builder);
}
