package dev.stoker.bench;

import dev.stoker.JobClient;
import dev.stoker.Stoker;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Stoker through its public API: the generated {@code BenchNoopJobs} client, {@code
 * Stoker.builder()}, its default poll interval. Every job keeps its history (created, started,
 * succeeded).
 */
class StokerTarget implements Target {

  /** Stoker's default: the fallback, as new jobs wake the servers through LISTEN/NOTIFY. */
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

  /** How many keys the jobs of the per-key drain spread over, one running at a time per key. */
  static final int KEYS = 1000;

  private final boolean keyed;

  StokerTarget() {
    this(false);
  }

  private StokerTarget(boolean keyed) {
    this.keyed = keyed;
  }

  /** Stoker with jobs limited to one at a time per key ({@code bench.keyed-noop}). */
  static StokerTarget keyed() {
    return new StokerTarget(true);
  }

  @Override
  public String name() {
    return "Stoker " + Versions.of("stoker") + (keyed ? " (per-key limit)" : "");
  }

  @Override
  public String configuration() {
    return "LISTEN/NOTIFY wake-ups, default poll interval ("
        + POLL_INTERVAL.toMillis()
        + " ms) as the fallback, workers on virtual threads; every job keeps its history. The bulk"
        + " enqueue is one batch (client.batch)";
  }

  /** Every Stoker the target builds goes through this: the observed target adds its observers. */
  Stoker.Builder configure(Stoker.Builder builder) {
    return builder;
  }

  /** Called when the target's Stokers are closed. */
  void closed() {}

  @Override
  public Duration pollInterval() {
    return POLL_INTERVAL;
  }

  @Override
  public void createSchema(DataSource dataSource) {
    // Starting applies the migrations, as an application's first start does.
    try (Stoker stoker = Stoker.builder().dataSource(dataSource).withoutServer().start()) {
      stoker.client();
    }
  }

  @Override
  public Client client(DataSource dataSource) {
    Stoker stoker = configure(Stoker.builder().dataSource(dataSource).withoutServer()).start();
    JobClient client = stoker.client();
    BenchNoopJobs.Submitter jobs = BenchNoopJobs.using(client);
    BenchKeyedNoopJobs.Submitter keyedJobs = BenchKeyedNoopJobs.using(client);
    return new Client() {
      @Override
      public void enqueue(long ticket) {
        if (keyed) {
          keyedJobs.enqueue(ticket, (int) (ticket % KEYS));
        } else {
          jobs.enqueue(ticket);
        }
      }

      @Override
      public void enqueueAll(int count) {
        client.batch(
            batch -> {
              BenchNoopJobs.Submitter inBatch = jobs.in(batch);
              BenchKeyedNoopJobs.Submitter keyedInBatch = keyedJobs.in(batch);
              for (int ticket = 0; ticket < count; ticket++) {
                if (keyed) {
                  keyedInBatch.enqueue(ticket, ticket % KEYS);
                } else {
                  inBatch.enqueue(ticket);
                }
              }
            });
      }

      @Override
      public void close() {
        stoker.close();
      }
    };
  }

  @Override
  public Server server(DataSource dataSource, int workers) {
    Stoker stoker =
        configure(
                Stoker.builder()
                    .dataSource(dataSource)
                    .workers(workers)
                    .queues("default")
                    .pollInterval(POLL_INTERVAL))
            .start();
    return () -> {
      stoker.close();
      closed();
    };
  }

  @Override
  public long waiting(DataSource dataSource) throws SQLException {
    return Sql.count(
        dataSource,
        """
        select count(*) from stoker_job j
        where j.state = 'ENQUEUED'
          and not exists (select 1 from stoker_job_history h where h.job_id = j.id)
        """);
  }

  @Override
  public long done(DataSource dataSource, long created) throws SQLException {
    return succeededWithHistory(dataSource);
  }

  /**
   * Jobs SUCCEEDED with their whole history, which their own rows hold: an enqueued job's creation,
   * and the attempt that started and succeeded.
   */
  static long succeededWithHistory(DataSource dataSource) throws SQLException {
    return Sql.count(
        dataSource,
        """
        select count(*) from stoker_job j
        where j.state = 'SUCCEEDED' and j.started_at is not null and j.success_reason is not null
          and not exists (select 1 from stoker_job_history h where h.job_id = j.id)
        """);
  }
}
