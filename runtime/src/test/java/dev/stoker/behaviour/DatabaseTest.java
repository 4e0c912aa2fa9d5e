package dev.stoker.behaviour;

import dev.stoker.Stoker;
import dev.stoker.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A behavioural test that runs once on H2 and once on PostgreSQL, each test on a fresh database.
 * Whatever a test opens with {@link #closeAfter} is closed after it, newest first.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
abstract class DatabaseTest {

  @Parameter TestDatabase database;

  TestDatabase.Handle db;

  /** A token unique to the test, which the test jobs record their runs under. */
  String token;

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @BeforeEach
  void openDatabase() {
    db = database.create();
    token = UUID.randomUUID().toString();
  }

  @AfterEach
  void closeEverything() throws Exception {
    for (AutoCloseable closeable : toClose.reversed()) {
      closeable.close();
    }
    db.close();
  }

  /** A server on the test's database, on the clock, whose loops run every few milliseconds. */
  Stoker.Builder quickServer(Clock clock) {
    return Stoker.builder()
        .dataSource(db.dataSource())
        .clock(clock)
        .pollInterval(Duration.ofMillis(20))
        .heartbeatInterval(Duration.ofMillis(50))
        .serverTimeout(Duration.ofSeconds(5));
  }

  /**
   * A server whose heartbeat pauses: it beats when it starts, and not again within the test. Until
   * its next beat it does not know another server took it for dead; so that the next attempt goes
   * to that other server, it looks for jobs only when woken by an enqueue of its own (no poll, no
   * LISTEN). Closed after the test.
   */
  Stoker pausedServer() {
    return closeAfter(
        Stoker.builder()
            .dataSource(db.dataSource())
            .pollInterval(Duration.ofHours(1))
            .listenForNewJobs(false)
            .heartbeatInterval(Duration.ofHours(1))
            .serverTimeout(Duration.ofHours(2))
            .shutdownGrace(Duration.ofMillis(100))
            .start());
  }

  <T extends AutoCloseable> T closeAfter(T closeable) {
    toClose.add(closeable);
    return closeable;
  }
}
