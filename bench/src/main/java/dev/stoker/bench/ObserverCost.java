package dev.stoker.bench;

import dev.stoker.JobId;
import dev.stoker.micrometer.MicrometerJobObserver;
import dev.stoker.observe.AttemptOutcome;
import dev.stoker.observe.JobAttempt;
import dev.stoker.observe.JobObserver;
import dev.stoker.observe.Observers;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * What the {@code stoker-observed} target's observers cost per attempt, with no database: the
 * process's CPU time (garbage collection and the span processor's thread included) per attempt
 * observed and closed, from {@code threads} virtual threads at once, median of the last 5 of 8
 * rounds. A drain's figure moves with everything else on a shared machine; this one much less. A
 * third argument {@code observations} makes the Micrometer observer report through an {@code
 * ObservationRegistry} with Micrometer's meter handler, as Spring Boot's starter does.
 *
 * <pre>{@code
 * java -cp <bench classpath> dev.stoker.bench.ObserverCost 32 12500 [observations]
 * }</pre>
 */
final class ObserverCost {

  private static final int ROUNDS = 8;
  private static final int WARM_UP_ROUNDS = 3;

  private ObserverCost() {}

  public static void main(String[] args) throws InterruptedException {
    int threads = Integer.parseInt(args[0]);
    int attemptsPerThread = Integer.parseInt(args[1]);
    boolean throughObservations = args.length > 2 && args[2].equals("observations");
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (OpenTelemetrySdk openTelemetry = ObservedStokers.droppingOpenTelemetry()) {
      SimpleMeterRegistry meters = new SimpleMeterRegistry();
      List<JobObserver> observed =
          new ArrayList<>(ObservedStokers.observers(meters, openTelemetry));
      if (throughObservations) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        observed.set(0, new MicrometerJobObserver(registry, meters));
      }
      Observers observers = Observers.of(observed);
      String traceContext = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
      List<Double> micros = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        long cpu = os.getProcessCpuTime();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          running.add(
              Thread.ofVirtual().start(() -> observe(observers, traceContext, attemptsPerThread)));
        }
        for (Thread thread : running) {
          thread.join();
        }
        double perAttempt =
            (os.getProcessCpuTime() - cpu) / 1000.0 / ((double) threads * attemptsPerThread);
        if (round >= WARM_UP_ROUNDS) {
          micros.add(perAttempt);
        }
      }
      Collections.sort(micros);
      System.out.printf(
          "%d threads%s: %.2f µs of CPU per observed attempt (median; rounds %s)%n",
          threads,
          throughObservations ? ", Micrometer through Observations" : "",
          micros.get(micros.size() / 2),
          micros);
    }
  }

  private static void observe(Observers observers, String traceContext, int attempts) {
    Instant now = Instant.now();
    for (int i = 0; i < attempts; i++) {
      JobAttempt attempt =
          new JobAttempt(
              new JobId(UUID.randomUUID()),
              "bench.noop",
              "default",
              1,
              0,
              now,
              now,
              "bench-server",
              null,
              null,
              traceContext);
      observers.attempt(attempt).close(AttemptOutcome.SUCCEEDED, null);
    }
  }
}
