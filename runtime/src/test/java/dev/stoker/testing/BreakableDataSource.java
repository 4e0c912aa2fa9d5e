package dev.stoker.testing;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections the test can break, as a network fault would: while broken, no
 * new connection can be had, and each statement or commit on an open one is carried out by the
 * database but its answer is lost (the caller gets an error, with the SQL state of a broken link,
 * after the work was done). Put a pool over it, as an application would.
 */
public final class BreakableDataSource implements DataSource {

  private static final String BROKEN_LINK = "08006";
  private static final Set<String> CARRIED_OUT_THEN_LOST =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "executeBatch",
          "commit");
  private static final Set<String> ALWAYS_FORWARDED =
      Set.of(
          "close",
          "isClosed",
          "unwrap",
          "isWrapperFor",
          "abort",
          "toString",
          "hashCode",
          "equals",
          "getNetworkTimeout",
          "setNetworkTimeout");

  private final DataSource target;
  private volatile boolean broken;

  public BreakableDataSource(DataSource target) {
    this.target = target;
  }

  /** Breaks every connection, open or to come, until {@link #mend()}. */
  public void breakConnections() {
    broken = true;
  }

  public void mend() {
    broken = false;
  }

  @Override
  public Connection getConnection() throws SQLException {
    refuseWhileBroken();
    return wrap(target.getConnection(), Connection.class);
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    refuseWhileBroken();
    return wrap(target.getConnection(user, password), Connection.class);
  }

  private void refuseWhileBroken() throws SQLException {
    if (broken) {
      throw new SQLException("Connection refused: the test broke the database link", BROKEN_LINK);
    }
  }

  private <T> T wrap(T real, Class<T> type) {
    return type.cast(
        Proxy.newProxyInstance(
            getClass().getClassLoader(), sqlInterfaces(real, type), new Breakable(real)));
  }

  /** The JDBC interfaces the object implements: a prepared statement stays one. */
  private static Class<?>[] sqlInterfaces(Object real, Class<?> type) {
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    interfaces.add(type);
    for (Class<?> c = real.getClass(); c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (i.getName().startsWith("java.sql.")) {
          interfaces.add(i);
        }
      }
    }
    return interfaces.toArray(Class<?>[]::new);
  }

  /** Forwards calls to a connection or statement, losing their answers while broken. */
  private final class Breakable implements InvocationHandler {
    private final Object real;
    private boolean brokeHere;

    Breakable(Object real) {
      this.real = real;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("close") && brokeHere && real instanceof Connection connection) {
        endTransaction(connection);
      }
      boolean lostAnswer = broken && !ALWAYS_FORWARDED.contains(name);
      brokeHere |= lostAnswer;
      if (lostAnswer && name.equals("isValid")) {
        return false;
      }
      if (lostAnswer && !CARRIED_OUT_THEN_LOST.contains(name)) {
        throw new SQLException("Connection reset: the test broke the database link", BROKEN_LINK);
      }
      Object result;
      try {
        result = method.invoke(real, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (lostAnswer) {
        throw new SQLException(
            "Connection reset after the database did the work: the test broke the link",
            BROKEN_LINK);
      }
      // Statements made here break with the link; what unwrap() returns is the driver's own.
      if (result instanceof Statement statement && !name.equals("unwrap")) {
        return wrap(statement, Statement.class);
      }
      return result;
    }
  }

  /** Ends the transaction of a link that broke, as the database would that of a dropped one. */
  private static void endTransaction(Connection connection) {
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      // The connection is closed next, which ends its transaction too.
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
