package dev.stoker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

  @Test
  void delays_grow_by_the_multiplier_up_to_the_cap() {
    RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(10), 3, Duration.ofMinutes(5), 0);

    assertThat(backoff.delayBefore(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.delayBefore(2)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delayBefore(3)).isEqualTo(Duration.ofSeconds(90));
    assertThat(backoff.delayBefore(4)).isEqualTo(Duration.ofSeconds(270));
    assertThat(backoff.delayBefore(5)).isEqualTo(Duration.ofMinutes(5));
    assertThat(backoff.delayBefore(60)).isEqualTo(Duration.ofMinutes(5));
  }

  @RepeatedTest(20)
  void jitter_adds_at_most_its_fraction() {
    Duration delay = RetryBackoff.DEFAULT.delayBefore(2);

    assertThat(delay).isBetween(Duration.ofMillis(37_500), Duration.ofMillis(46_875));
  }

  @Test
  void the_default_retries_span_hours_not_seconds() {
    Duration total = Duration.ZERO;
    RetryBackoff noJitter = new RetryBackoff(Duration.ofSeconds(15), 2.5, Duration.ofHours(6), 0);
    for (int retry = 1; retry <= 10; retry++) {
      total = total.plus(noJitter.delayBefore(retry));
    }

    assertThat(total).isBetween(Duration.ofHours(12), Duration.ofHours(30));
  }

  @Test
  void nonsensical_settings_are_refused() {
    assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(5), 2, Duration.ofMinutes(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(1), 0.5, Duration.ofMinutes(5), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
