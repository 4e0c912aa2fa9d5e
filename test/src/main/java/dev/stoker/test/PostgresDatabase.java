package dev.stoker.test;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A fresh PostgreSQL database for one test, created on the server of an administrative JDBC URL (a
 * database whose user may create databases) and dropped when the test ends.
 */
final class PostgresDatabase implements AutoCloseable {

  /** The system property that names the server: {@code jdbc:postgresql://host/db?user=...}. */
  static final String PROPERTY = "stoker.test.postgres";

  private static final int POOL_SIZE = 8;

  private final String adminUrl;
  private final String name;
  private final HikariDataSource dataSource;

  private PostgresDatabase(String adminUrl, String name, HikariDataSource dataSource) {
    this.adminUrl = adminUrl;
    this.name = name;
    this.dataSource = dataSource;
  }

  static PostgresDatabase create(String adminUrl) {
    if (!adminUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "The PostgreSQL for Stoker's tests must be named by a JDBC URL such as"
              + " jdbc:postgresql://localhost/postgres?user=app&password=secret, not "
              + adminUrl);
    }
    String name = "stoker_test_" + UUID.randomUUID().toString().replace("-", "");
    execute(adminUrl, "create database " + name);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(withDatabase(adminUrl, name));
    config.setMaximumPoolSize(POOL_SIZE);
    config.setPoolName(name);
    return new PostgresDatabase(adminUrl, name, new HikariDataSource(config));
  }

  DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    dataSource.close();
    execute(adminUrl, "drop database if exists " + name + " with (force)");
  }

  private static void execute(String adminUrl, String sql) {
    try (Connection connection = DriverManager.getConnection(adminUrl);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot run '"
              + sql
              + "' on the PostgreSQL for Stoker's tests ("
              + PROPERTY
              + "): "
              + e.getMessage()
              + ". Its user must be allowed to create databases, and the PostgreSQL JDBC driver"
              + " (org.postgresql:postgresql) must be on the test classpath.",
          e);
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
