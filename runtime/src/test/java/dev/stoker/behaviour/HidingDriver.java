package dev.stoker.behaviour;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A data source whose connections hide what they wrap, as some pools and proxies do. */
final class HidingDriver {

  private HidingDriver() {}

  static DataSource of(DataSource dataSource) {
    return proxy(
        DataSource.class,
        (proxy, method, args) -> {
          Object result = invoke(dataSource, method, args);
          return result instanceof Connection connection ? hiding(connection) : result;
        });
  }

  private static Connection hiding(Connection connection) {
    return proxy(
        Connection.class,
        (proxy, method, args) ->
            switch (method.getName()) {
              case "isWrapperFor" -> false;
              case "unwrap" -> throw new SQLException("Not a wrapper of " + args[0]);
              default -> invoke(connection, method, args);
            });
  }

  private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            HidingDriver.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
