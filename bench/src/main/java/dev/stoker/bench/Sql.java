package dev.stoker.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Fixed statements the bench runs to set up and to check what the targets stored. */
final class Sql {

  private Sql() {}

  /** The single number a query returns. */
  static long count(DataSource dataSource, String query) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return count(connection, query);
    }
  }

  static long count(Connection connection, String query) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Runs statements (a script with no values in it) in autocommit. */
  static void execute(DataSource dataSource, String script) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(script);
    }
  }
}
