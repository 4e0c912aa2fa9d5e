package dev.stoker.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A database of its own for one measurement, dropped afterwards. */
final class FreshDatabase implements AutoCloseable {

  private final PostgresServer server;
  private final String name;
  private final List<HikariDataSource> pools = new ArrayList<>();

  FreshDatabase(PostgresServer server, String name) {
    this.server = server;
    this.name = name;
  }

  String name() {
    return name;
  }

  /** A connection pool of the given size on this database (HikariCP, as users run it). */
  HikariDataSource pool(int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.jdbcUrl(name));
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(size);
    config.setPoolName(name + "-" + pools.size());
    HikariDataSource pool = new HikariDataSource(config);
    pools.add(pool);
    openAll(pool, size);
    return pool;
  }

  /** Opens every connection now, so that no measurement waits for the pool to fill. */
  private static void openAll(HikariDataSource pool, int size) {
    List<Connection> open = new ArrayList<>();
    try {
      for (int i = 0; i < size; i++) {
        open.add(pool.getConnection());
      }
      for (Connection connection : open) {
        connection.close();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot open " + size + " connections to " + pool, e);
    }
  }

  @Override
  public void close() throws SQLException {
    pools.forEach(HikariDataSource::close);
    server.drop(name);
  }
}
