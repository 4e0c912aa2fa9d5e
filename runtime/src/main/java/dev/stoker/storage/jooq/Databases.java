package dev.stoker.storage.jooq;

import dev.stoker.storage.Notifications;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.tools.jdbc.JDBCUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The databases Stoker runs on, PostgreSQL and H2, and the jOOQ context for each. */
public final class Databases {

  private static final Logger log = LoggerFactory.getLogger(Databases.class);
  private static final int IN_MEMORY_CONNECTIONS = 32;

  /**
   * Kept in memory until closed, and as close to PostgreSQL as H2 gets, so that the application's
   * own SQL on the same database reads the same on both.
   */
  public static final String H2_SETTINGS =
      "DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private Databases() {}

  /**
   * A database Stoker uses.
   *
   * @param dataSource where connections come from
   * @param dialect PostgreSQL or H2
   * @param dsl the jOOQ context on the data source
   * @param owned whether Stoker created the data source, and so shuts it down on close
   */
  public record Database(DataSource dataSource, SQLDialect dialect, DSLContext dsl, boolean owned)
      implements AutoCloseable {

    /**
     * What wakes a server when jobs are ready elsewhere, on a connection of its own: null where the
     * database cannot (H2), and servers there find new jobs by polling.
     */
    public Notifications newJobNotifications() {
      return Statements.of(dialect).notifications(dataSource);
    }

    @Override
    public void close() {
      if (owned && dataSource instanceof JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection();
            Statement statement = connection.createStatement()) {
          statement.execute("SHUTDOWN");
        } catch (SQLException e) {
          // Already shut down: nothing left to free.
        }
        pool.dispose();
      }
    }
  }

  /** The application's database; throws a clear error if it is neither PostgreSQL nor H2. */
  public static Database of(DataSource dataSource) {
    SQLDialect dialect = dialectOf(dataSource);
    return new Database(dataSource, dialect, context(dataSource, dialect), false);
  }

  /** A fresh in-memory H2 database, gone when closed. */
  public static Database inMemoryH2() {
    String url = "jdbc:h2:mem:stoker-" + UUID.randomUUID() + ";" + H2_SETTINGS;
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(IN_MEMORY_CONNECTIONS);
    return new Database(pool, SQLDialect.H2, context(pool, SQLDialect.H2), true);
  }

  private static SQLDialect dialectOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      SQLDialect dialect = JDBCUtils.dialect(connection).family();
      Statements statements;
      try {
        statements = Statements.of(dialect);
      } catch (IllegalArgumentException unsupported) {
        throw new IllegalArgumentException(
            "Stoker keeps jobs in PostgreSQL or H2, but the data source is "
                + meta.getDatabaseProductName()
                + " ("
                + meta.getURL()
                + ")",
            unsupported);
      }
      log.info(
          "Stoker keeps its jobs in {} {} at {}",
          meta.getDatabaseProductName(),
          meta.getDatabaseProductVersion(),
          meta.getURL());
      List<Integer> supported = statements.supportedMajorVersions();
      if (!supported.isEmpty() && !supported.contains(meta.getDatabaseMajorVersion())) {
        log.warn(
            "Stoker is tested on {} {}, and this is {}: it may work, but upgrade to be sure",
            meta.getDatabaseProductName(),
            supported,
            meta.getDatabaseProductVersion());
      }
      return dialect;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Stoker cannot connect to its database: " + e.getMessage(), e);
    }
  }

  private static DSLContext context(DataSource dataSource, SQLDialect dialect) {
    Settings settings = new Settings().withExecuteLogging(false);
    DataSourceConnectionProvider connections = new DataSourceConnectionProvider(dataSource);
    return DSL.using(
        new DefaultConfiguration()
            .set(connections)
            .set(new PlainTransactions(connections))
            .set(dialect)
            .set(settings));
  }
}
