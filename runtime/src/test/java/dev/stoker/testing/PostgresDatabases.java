package dev.stoker.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh PostgreSQL databases for tests, one per call: on the server named by {@code
 * STOKER_TEST_POSTGRES_URL} (a JDBC URL of a database the user may create databases from), or else
 * on an embedded PostgreSQL started once per test JVM from pinned binaries.
 */
public final class PostgresDatabases {

  private static final AtomicInteger counter = new AtomicInteger();
  private static String adminUrl;
  private static EmbeddedPostgres embedded;

  private PostgresDatabases() {}

  /** A new, empty database with a pool of {@code poolSize} connections. */
  public static HikariDataSource newDatabase(int poolSize) {
    String admin = adminUrl();
    String name = "stoker_test_" + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(admin);
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database " + name, e);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(withDatabase(admin, name));
    config.setMaximumPoolSize(poolSize);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  /** The JDBC URL of the database to create test databases from. */
  public static synchronized String adminUrl() {
    if (adminUrl == null) {
      String override = System.getenv("STOKER_TEST_POSTGRES_URL");
      adminUrl = override != null && !override.isBlank() ? override : startEmbedded();
    }
    return adminUrl;
  }

  /** The embedded server, started if needed; null when an external server is used. */
  public static synchronized EmbeddedPostgres embedded() {
    adminUrl();
    return embedded;
  }

  private static String startEmbedded() {
    try {
      embedded = PostgresBinaries.builder().setServerConfig("max_connections", "300").start();
      Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabases::stopEmbedded));
      return embedded.getJdbcUrl("postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests", e);
    }
  }

  private static void stopEmbedded() {
    try {
      embedded.close();
    } catch (IOException e) {
      // The JVM is exiting; the server's directory is temporary.
    }
  }

  /** The same URL, pointing at another database on that server. */
  static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String params = query < 0 ? "" : url.substring(query);
    int slash = base.lastIndexOf('/');
    return base.substring(0, slash + 1) + database + params;
  }
}
