package dev.stoker.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * An embedded PostgreSQL of a test's own, which the test stops and starts again on the same data
 * and port, as a restart or an outage would.
 */
public final class RestartablePostgres implements AutoCloseable {

  private final Path dataDirectory;
  private final int port;
  private EmbeddedPostgres server;

  private RestartablePostgres(Path dataDirectory) throws IOException {
    this.dataDirectory = dataDirectory;
    this.server = start(dataDirectory, 0);
    this.port = server.getPort();
  }

  public static RestartablePostgres start() throws IOException {
    return new RestartablePostgres(Files.createTempDirectory("stoker-restartable-postgres"));
  }

  private static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
    return PostgresBinaries.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  /**
   * A pool on the server's database, failing fast while it is away: Stoker backs off and tries
   * again by itself.
   */
  public HikariDataSource pool(String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(8);
    config.setConnectionTimeout(500);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  /**
   * The server's database without a pool: each connection is opened when asked for, so that a test
   * sees Stoker's own recovery after an outage, not a pool's (HikariCP waits up to 5 s between
   * tries to reconnect once the database was away for long).
   */
  public DataSource unpooled() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(server.getJdbcUrl("postgres", "postgres"));
    dataSource.setConnectTimeout(1);
    return dataSource;
  }

  /** Stops the server. */
  public synchronized void stop() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  /** Starts the server again on the same data and port; returns when it accepts connections. */
  public synchronized Instant startAgain() throws IOException {
    server = start(dataDirectory, port);
    return Instant.now();
  }

  /** An outage: stops the server, and starts it again after the given time. */
  public Instant stopFor(Duration outage) throws IOException, InterruptedException {
    stop();
    Thread.sleep(outage.toMillis()); // the outage itself
    return startAgain();
  }

  @Override
  public void close() throws IOException {
    stop();
    try (Stream<Path> files = Files.walk(dataDirectory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (UncheckedIOException e) {
      // A temporary directory: what is left goes with the machine.
    }
  }
}
