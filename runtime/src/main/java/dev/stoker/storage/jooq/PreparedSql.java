package dev.stoker.storage.jooq;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;

/**
 * A statement jOOQ writes once, from the generated schema classes, and the hot paths then run
 * through JDBC with new values: building and rendering a jOOQ query costs more than the PostgreSQL
 * round trip of a small statement. Every bind value of the query must be a named parameter, used
 * once; its values are set by name at each execution.
 */
final class PreparedSql {

  /** Sets the values of one execution. */
  @FunctionalInterface
  interface Values {
    void set(Binder binder) throws SQLException;
  }

  /** Sets a named parameter of the statement being executed. */
  static final class Binder {
    private final PreparedSql sql;
    private final PreparedStatement statement;
    private final Connection connection;

    private Binder(PreparedSql sql, PreparedStatement statement, Connection connection) {
      this.sql = sql;
      this.statement = statement;
      this.connection = connection;
    }

    Binder set(String name, Object value) throws SQLException {
      statement.setObject(sql.index(name), value);
      return this;
    }

    /** An array parameter, of elements of the PostgreSQL type named. */
    Binder setArray(String name, String elementType, Object[] values) throws SQLException {
      statement.setArray(sql.index(name), connection.createArrayOf(elementType, values));
      return this;
    }
  }

  /** Reads the rows a statement returned. */
  @FunctionalInterface
  interface Rows<T> {
    T read(java.sql.ResultSet rows) throws SQLException;
  }

  /** Prepares each execution's statement, before its values are set. */
  @FunctionalInterface
  interface Preparation {
    Preparation NONE = statement -> {};

    void prepare(PreparedStatement statement) throws SQLException;
  }

  private final String sql;
  private final List<String> names;
  private final Preparation preparation;

  private PreparedSql(String sql, List<String> names, Preparation preparation) {
    this.sql = sql;
    this.names = names;
    this.preparation = preparation;
  }

  /** Writes the query's SQL once; fails at once if a bind value is not a named parameter. */
  static PreparedSql of(Query query) {
    return of(query, Preparation.NONE);
  }

  /** Like {@link #of(Query)}, each execution's statement prepared so before it runs. */
  static PreparedSql of(Query query, Preparation preparation) {
    List<String> names = new ArrayList<>();
    for (Param<?> param : query.getParams().values()) {
      if (param.getParamName() == null || param.isInline()) {
        continue;
      }
      names.add(param.getParamName());
    }
    if (query.getBindValues().size() != names.size()) {
      throw new IllegalStateException(
          "A prepared statement needs every bind value to be a named parameter used once: "
              + query.getSQL());
    }
    return new PreparedSql(query.getSQL(ParamType.INDEXED), List.copyOf(names), preparation);
  }

  private int index(String name) {
    int index = names.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("No parameter " + name + " in " + sql);
    }
    return index + 1;
  }

  /** Runs the statement on the context's connection (its transaction's, if it is in one). */
  <T> T query(DSLContext dsl, Values values, Rows<T> rows) {
    return run(
        dsl,
        (statement, binder) -> {
          values.set(binder);
          if (statement.execute()) {
            try (var result = statement.getResultSet()) {
              return rows.read(result);
            }
          }
          return rows.read(null);
        });
  }

  /**
   * Runs the statement once for each of the executions' values, as one JDBC batch: one round trip
   * for all on PostgreSQL.
   */
  void batch(DSLContext dsl, List<Values> executions) {
    run(
        dsl,
        (statement, binder) -> {
          for (Values values : executions) {
            values.set(binder);
            statement.addBatch();
          }
          return statement.executeBatch();
        });
  }

  @FunctionalInterface
  private interface Execution<T> {
    T run(PreparedStatement statement, Binder binder) throws SQLException;
  }

  private <T> T run(DSLContext dsl, Execution<T> execution) {
    ConnectionProvider connections = dsl.configuration().connectionProvider();
    Connection connection = connections.acquire();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      preparation.prepare(statement);
      return execution.run(statement, new Binder(this, statement, connection));
    } catch (SQLException e) {
      throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
    } finally {
      connections.release(connection);
    }
  }
}
