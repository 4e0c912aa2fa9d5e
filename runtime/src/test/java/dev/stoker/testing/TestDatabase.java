package dev.stoker.testing;

import dev.stoker.storage.jooq.Databases;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.SQLDialect;

/** The two databases every behavioural test runs against. */
public enum TestDatabase {
  H2(SQLDialect.H2) {
    @Override
    public Handle create() {
      JdbcConnectionPool pool =
          JdbcConnectionPool.create(
              "jdbc:h2:mem:test-" + UUID.randomUUID() + ";" + Databases.H2_SETTINGS, "sa", "");
      pool.setMaxConnections(POOL_SIZE);
      return new Handle(
          pool,
          () -> {
            try (var connection = pool.getConnection();
                var statement = connection.createStatement()) {
              statement.execute("SHUTDOWN");
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
            pool.dispose();
          });
    }
  },
  POSTGRES(SQLDialect.POSTGRES) {
    @Override
    public Handle create() {
      var dataSource = PostgresDatabases.newDatabase(POOL_SIZE);
      return new Handle(dataSource, dataSource::close);
    }
  };

  private static final int POOL_SIZE = 24;

  private final SQLDialect dialect;

  TestDatabase(SQLDialect dialect) {
    this.dialect = dialect;
  }

  public SQLDialect dialect() {
    return dialect;
  }

  /** A fresh, empty database. */
  public abstract Handle create();

  /** A test database, dropped from reach when closed. */
  public record Handle(DataSource dataSource, Runnable onClose) implements AutoCloseable {
    @Override
    public void close() {
      onClose.run();
    }
  }
}
