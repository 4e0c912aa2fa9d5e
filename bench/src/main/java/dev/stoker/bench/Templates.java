package dev.stoker.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Databases with jobs already queued, written once and copied (file copy) for each run that drains
 * them: setup then costs a second instead of a bulk enqueue, and every run starts from the same
 * settled table (vacuumed, frozen, analyzed), whatever the target.
 */
final class Templates {

  /** Writes the jobs into a database that has the target's schema. */
  @FunctionalInterface
  interface Filler {
    void fill(HikariDataSource dataSource) throws Exception;
  }

  private final PostgresServer server;
  private final Map<String, String> written = new HashMap<>();

  Templates(PostgresServer server) {
    this.server = server;
  }

  /** A fresh copy of the template named {@code key}, written by {@code filler} the first time. */
  FreshDatabase copy(String key, Target target, Filler filler) throws Exception {
    String template = written.get(key);
    if (template == null) {
      template = write(key, target, filler);
      written.put(key, template);
    }
    return server.copyOf(template);
  }

  /** A copy of a database holding {@code count} jobs queued through the target's bulk API. */
  FreshDatabase queued(Target target, int count) throws Exception {
    return copy(
        target.name() + " " + count + " queued",
        target,
        pool -> {
          try (Target.Client client = target.client(pool)) {
            client.enqueueAll(count);
          }
        });
  }

  private String write(String key, Target target, Filler filler) throws Exception {
    long start = System.nanoTime();
    // Not closed: FreshDatabase.close() would drop it. The server's directory goes at the end.
    FreshDatabase db = server.freshDatabase();
    try (HikariDataSource pool = db.pool(2)) {
      target.createSchema(pool);
      filler.fill(pool);
      try (Connection connection = pool.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("vacuum (freeze, analyze)");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot write the template " + key + ": " + e, e);
    }
    System.out.printf(
        "  (template \"%s\" written in %.1f s)%n", key, (System.nanoTime() - start) / 1e9);
    return db.name();
  }
}
