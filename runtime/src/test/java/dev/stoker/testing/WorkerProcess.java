package dev.stoker.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.stoker.Stoker;
import dev.stoker.jobs.ProcessJobs;
import java.time.Duration;

/**
 * A worker process for the tests that start several: a Stoker server on the PostgreSQL named by its
 * one argument, running until killed. SIGTERM runs Stoker's shutdown hook, which stops the server
 * gracefully.
 */
public final class WorkerProcess {

  static final int WORKERS = 8;
  static final Duration HEARTBEAT_INTERVAL = Duration.ofMillis(200);

  /** How old a worker process's heartbeat may be before the others take it for dead. */
  public static final Duration SERVER_TIMEOUT = Duration.ofSeconds(4);

  static final Duration SHUTDOWN_GRACE = Duration.ofMillis(300);

  private WorkerProcess() {}

  public static void main(String[] args) throws InterruptedException {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setMaximumPoolSize(WORKERS + 4);
    config.setPoolName("worker-" + ProcessHandle.current().pid());
    HikariDataSource dataSource = new HikariDataSource(config);
    Stoker.builder()
        .dataSource(dataSource)
        .workers(WORKERS)
        .pollInterval(Duration.ofMillis(50))
        .heartbeatInterval(HEARTBEAT_INTERVAL)
        .serverTimeout(SERVER_TIMEOUT)
        .shutdownGrace(SHUTDOWN_GRACE)
        .register(new ProcessJobs(dataSource))
        .start();
    Thread.currentThread().join();
  }
}
