package dev.stoker.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/** The raw ceiling's workers: each claims, runs and deletes batches on a connection of its own. */
final class RawJdbcServer implements Target.Server {

  static final int CLAIM_SIZE = 100;
  static final Duration FALLBACK_POLL = Duration.ofSeconds(1);

  private static final String CLAIM =
      """
      update bench_job set claimed_at = now()
      where id in (select id from bench_job where claimed_at is null
                   order by id limit 100 for update skip locked)
      returning id, ticket
      """;
  private static final String DELETE = "delete from bench_job where id = any(?)";

  private final DataSource dataSource;
  private final List<Thread> threads = new ArrayList<>();
  private final Object wakeUps = new Object();
  private long generation;
  private volatile boolean running = true;
  private volatile Throwable failure;

  private RawJdbcServer(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  static RawJdbcServer start(DataSource dataSource, int workers) throws SQLException {
    RawJdbcServer server = new RawJdbcServer(dataSource);
    Connection listening = dataSource.getConnection();
    try (Statement listen = listening.createStatement()) {
      listen.execute("listen bench_job");
    }
    server.threads.add(
        Thread.ofPlatform().name("raw-listener").start(() -> server.listen(listening)));
    for (int i = 0; i < workers; i++) {
      server.threads.add(Thread.ofPlatform().name("raw-worker-" + i).start(server::work));
    }
    return server;
  }

  private void listen(Connection connection) {
    try (connection) {
      PGConnection pg = connection.unwrap(PGConnection.class);
      while (running) {
        var notifications = pg.getNotifications(100);
        if (notifications != null && notifications.length > 0) {
          wakeAll();
        }
      }
    } catch (Throwable t) {
      fail(t);
    }
  }

  private void wakeAll() {
    synchronized (wakeUps) {
      generation++;
      wakeUps.notifyAll();
    }
  }

  private void work() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement claim = connection.prepareStatement(CLAIM);
        PreparedStatement delete = connection.prepareStatement(DELETE)) {
      while (running) {
        long seen;
        synchronized (wakeUps) {
          seen = generation;
        }
        List<Long> ids = new ArrayList<>(CLAIM_SIZE);
        try (ResultSet rows = claim.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
            Tally.ran(rows.getLong(2));
          }
        }
        if (ids.isEmpty()) {
          awaitWakeUp(seen);
          continue;
        }
        Array array = connection.createArrayOf("bigint", ids.toArray());
        delete.setArray(1, array);
        delete.executeUpdate();
        array.free();
      }
    } catch (Throwable t) {
      fail(t);
    }
  }

  private void awaitWakeUp(long seen) throws InterruptedException {
    long deadline = System.nanoTime() + FALLBACK_POLL.toNanos();
    synchronized (wakeUps) {
      while (running && generation == seen) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        wakeUps.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  private void fail(Throwable t) {
    if (running) {
      failure = t;
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    wakeAll();
    for (Thread thread : threads) {
      thread.join();
    }
    if (failure != null) {
      throw new IllegalStateException("A raw JDBC worker failed", failure);
    }
  }
}
