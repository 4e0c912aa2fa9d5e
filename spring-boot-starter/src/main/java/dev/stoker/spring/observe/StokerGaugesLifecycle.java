package dev.stoker.spring.observe;

import dev.stoker.Stoker;
import dev.stoker.micrometer.StokerGauges;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Starts Stoker's gauges once its server has started (and registered its workers), if the context
 * has a Stoker, and stops them before it stops.
 */
final class StokerGaugesLifecycle implements SmartLifecycle {

  static final Duration REFRESH = Duration.ofSeconds(15);

  /** After Stoker's own lifecycle (DEFAULT_PHASE - 4096): it starts first and stops last. */
  static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4000;

  private final ObjectProvider<Stoker> stoker;
  private final MeterRegistry meters;
  private volatile StokerGauges gauges;

  StokerGaugesLifecycle(ObjectProvider<Stoker> stoker, MeterRegistry meters) {
    this.stoker = stoker;
    this.meters = meters;
  }

  @Override
  public synchronized void start() {
    Stoker found = stoker.getIfUnique();
    if (found != null && gauges == null) {
      gauges = StokerGauges.start(found, meters, REFRESH);
    }
  }

  @Override
  public synchronized void stop() {
    if (gauges != null) {
      gauges.close();
      gauges = null;
    }
  }

  @Override
  public boolean isRunning() {
    return gauges != null;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
