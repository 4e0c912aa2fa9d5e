package dev.stoker.micrometer;

import dev.stoker.JobState;
import dev.stoker.Stoker;
import dev.stoker.monitoring.JobCounts;
import dev.stoker.monitoring.Monitoring;
import dev.stoker.monitoring.QueueInfo;
import dev.stoker.monitoring.ServerInfo;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges of what waits and runs: {@code stoker.jobs} per {@code stoker.queue} and {@code state},
 * {@code stoker.queue.oldest.wait} (how long each queue's oldest ready job has waited), and this
 * server's {@code stoker.workers} and {@code stoker.workers.busy}. They read counts taken on a
 * schedule, a few statements per refresh whatever the number of meters and scrapes.
 *
 * <pre>{@code
 * StokerGauges gauges = StokerGauges.start(stoker, meterRegistry, Duration.ofSeconds(15));
 * ...
 * gauges.close(); // before the Stoker
 * }</pre>
 */
public final class StokerGauges implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StokerGauges.class);

  static final String JOBS = "stoker.jobs";
  static final String OLDEST_WAIT = "stoker.queue.oldest.wait";
  static final String WORKERS = "stoker.workers";
  static final String BUSY_WORKERS = "stoker.workers.busy";

  private final Monitoring monitoring;
  private final String serverId;
  private final MeterRegistry meters;
  private final Clock clock;
  private final ScheduledExecutorService schedule;
  private final Set<String> queuesWithMeters = ConcurrentHashMap.newKeySet();
  private volatile Snapshot snapshot = Snapshot.EMPTY;

  private StokerGauges(Stoker stoker, MeterRegistry meters, Clock clock, Duration refresh) {
    this.monitoring = stoker.monitoring();
    this.serverId = stoker.serverId();
    this.meters = meters;
    this.clock = clock;
    Gauge.builder(WORKERS, this, gauges -> gauges.snapshot.workers)
        .description("How many jobs this server runs at once")
        .register(meters);
    Gauge.builder(BUSY_WORKERS, this, gauges -> gauges.snapshot.busyWorkers)
        .description("How many jobs this server runs now")
        .register(meters);
    refresh();
    if (refresh == null) {
      this.schedule = null;
    } else {
      this.schedule =
          Executors.newSingleThreadScheduledExecutor(
              Thread.ofPlatform().name("stoker-gauges").daemon().factory());
      long millis = refresh.toMillis();
      schedule.scheduleWithFixedDelay(this::refreshQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Registers the gauges and refreshes them now and then every {@code refresh}; close it to stop.
   */
  public static StokerGauges start(Stoker stoker, MeterRegistry meters, Duration refresh) {
    Objects.requireNonNull(refresh, "refresh");
    if (refresh.isNegative() || refresh.isZero()) {
      throw new IllegalArgumentException("The refresh interval must be positive, got " + refresh);
    }
    return new StokerGauges(
        Objects.requireNonNull(stoker, "stoker"),
        Objects.requireNonNull(meters),
        Clock.systemUTC(),
        refresh);
  }

  /**
   * Registers the gauges, refreshed only by {@link #refresh()}: for tests, and for callers with a
   * schedule of their own. Ages are measured by the clock.
   */
  public static StokerGauges refreshedByCaller(Stoker stoker, MeterRegistry meters, Clock clock) {
    return new StokerGauges(stoker, meters, clock, null);
  }

  /** Reads the counts now; the gauges show them from now on. */
  public void refresh() {
    JobCounts counts = monitoring.counts();
    Map<String, QueueInfo> queues = new HashMap<>();
    for (QueueInfo queue : monitoring.queues()) {
      queues.put(queue.name(), queue);
    }
    int workers = 0;
    for (ServerInfo server : monitoring.servers()) {
      if (server.id().equals(serverId)) {
        workers = server.workers();
      }
    }
    long busy = monitoring.busyWorkers().getOrDefault(serverId, 0L);
    snapshot = new Snapshot(counts, queues, workers, busy);
    counts.byQueue().keySet().forEach(this::registerQueue);
    queues.keySet().forEach(this::registerQueue);
  }

  private void refreshQuietly() {
    try {
      refresh();
    } catch (RuntimeException e) {
      log.warn("Cannot refresh Stoker's gauges: they show the last counts until the next try", e);
    }
  }

  /** One gauge per state and one for the oldest wait, the first time a queue is seen. */
  private void registerQueue(String queue) {
    if (!queuesWithMeters.add(queue)) {
      return;
    }
    for (JobState state : JobState.values()) {
      Gauge.builder(JOBS, this, gauges -> gauges.snapshot.counts.count(queue, state))
          .description("How many jobs are in each state, per queue")
          .tag("stoker.queue", queue)
          .tag("state", state.name().toLowerCase(Locale.ROOT))
          .register(meters);
    }
    TimeGauge.builder(
            OLDEST_WAIT, this, TimeUnit.MILLISECONDS, gauges -> gauges.oldestWaitMillis(queue))
        .description("How long the queue's oldest ready job has waited")
        .tag("stoker.queue", queue)
        .register(meters);
  }

  /** Ages grow between refreshes: measured now, from the oldest ready time last read. */
  private double oldestWaitMillis(String queue) {
    QueueInfo info = snapshot.queues.get(queue);
    return info == null ? 0 : info.oldestWait(clock.instant()).toMillis();
  }

  @Override
  public void close() {
    if (schedule != null) {
      schedule.shutdownNow();
    }
  }

  /** The counts of one refresh. */
  private record Snapshot(
      JobCounts counts, Map<String, QueueInfo> queues, int workers, long busyWorkers) {

    static final Snapshot EMPTY = new Snapshot(new JobCounts(Map.of(), Map.of()), Map.of(), 0, 0);
  }
}
