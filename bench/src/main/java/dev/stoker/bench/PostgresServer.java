package dev.stoker.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One embedded PostgreSQL (zonky, the binaries the root pom pins) on one data directory, restarted
 * with other settings when the bench moves on, so that databases built once (the backlog templates)
 * serve every setting. A target's own JVM {@link #attach attaches} to the bench's server.
 */
final class PostgresServer implements AutoCloseable {

  /** What the report prints of the server's configuration. */
  private static final List<String> REPORTED =
      List.of(
          "server_version",
          "fsync",
          "synchronous_commit",
          "full_page_writes",
          "wal_sync_method",
          "wal_level",
          "shared_buffers",
          "max_wal_size",
          "checkpoint_timeout",
          "max_connections",
          "autovacuum",
          "shared_preload_libraries");

  private final Path dataDirectory;
  private final String databasePrefix;
  private final AtomicInteger databases = new AtomicInteger();
  private EmbeddedPostgres postgres;
  private Durability durability;
  private boolean statementStatistics;
  private int port;

  private PostgresServer(Path dataDirectory, String databasePrefix) {
    this.dataDirectory = dataDirectory;
    this.databasePrefix = databasePrefix;
  }

  static PostgresServer start(Durability durability) throws IOException {
    PostgresServer server =
        new PostgresServer(Files.createTempDirectory("stoker-bench-pg"), "bench_");
    server.startWith(durability, false);
    return server;
  }

  /**
   * The server another process started, on that data directory and port: it neither restarts nor
   * stops it. Its databases are named with the prefix, so that no two processes pick one name.
   */
  static PostgresServer attach(Path dataDirectory, int port, String databasePrefix) {
    PostgresServer server = new PostgresServer(dataDirectory, databasePrefix);
    server.port = port;
    return server;
  }

  Path dataDirectory() {
    return dataDirectory;
  }

  int port() {
    return port;
  }

  /** Restarts the server with other settings, keeping its databases. */
  void restart(Durability durability, boolean statementStatistics) throws IOException {
    if (postgres == null) {
      throw new IllegalStateException("Only the process that started the server restarts it.");
    }
    if (durability == this.durability && statementStatistics == this.statementStatistics) {
      return;
    }
    postgres.close();
    startWith(durability, statementStatistics);
  }

  private void startWith(Durability durability, boolean statementStatistics) throws IOException {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPort(port);
    durability.serverConfig().forEach(builder::setServerConfig);
    if (statementStatistics) {
      builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
    }
    postgres = builder.start();
    port = postgres.getPort();
    this.durability = durability;
    this.statementStatistics = statementStatistics;
  }

  Durability durability() {
    return durability;
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:%d/%s?user=postgres".formatted(port, database);
  }

  /** The CPU time the server's processes took so far (see {@link CpuTime#ofServer}). */
  long cpuNanos() {
    try {
      // The first line of postmaster.pid is the postmaster's process id.
      String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().trim();
      return CpuTime.ofServer(Long.parseLong(pid));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A connection to the server's maintenance database. */
  Connection admin() throws SQLException {
    return DriverManager.getConnection(jdbcUrl("postgres"));
  }

  /** The settings in force, one "name = value" a line. */
  List<String> settings() throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection connection = admin();
        Statement statement = connection.createStatement()) {
      for (String name : REPORTED) {
        try (ResultSet row = statement.executeQuery("show " + name)) {
          row.next();
          lines.add(name + " = " + row.getString(1));
        }
      }
    }
    return lines;
  }

  /** A new, empty database. */
  FreshDatabase freshDatabase() throws SQLException {
    return create("create database %s");
  }

  /** A new database, a copy of the template's files. */
  FreshDatabase copyOf(String template) throws SQLException {
    return create("create database %s template " + template + " strategy file_copy");
  }

  private FreshDatabase create(String statementFormat) throws SQLException {
    String name = databasePrefix + databases.incrementAndGet();
    try (Connection connection = admin();
        Statement statement = connection.createStatement()) {
      statement.execute(statementFormat.formatted(name));
    }
    return new FreshDatabase(this, name);
  }

  /** Drops a database, closing what is still connected to it. */
  void drop(String database) throws SQLException {
    try (Connection connection = admin();
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + database + " with (force)");
    }
  }

  @Override
  public void close() throws IOException {
    if (postgres == null) {
      return; // attached: the process that started it stops it
    }
    postgres.close();
    try (Stream<Path> files = Files.walk(dataDirectory)) {
      files.sorted(Comparator.reverseOrder()).forEach(PostgresServer::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
