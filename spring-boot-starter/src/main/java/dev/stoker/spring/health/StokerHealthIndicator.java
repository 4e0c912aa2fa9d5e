package dev.stoker.spring.health;

import dev.stoker.Stoker;
import dev.stoker.monitoring.ServerInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.core.NestedExceptionUtils;

/**
 * UP while Stoker reaches its database and, on a node that runs jobs, this node's server beats its
 * heartbeat; UP with "server disabled" on a node that only creates jobs. DOWN when the database is
 * out of reach, or this server's last heartbeat is older, by the database's clock, than the server
 * timeout: the other servers then take it for dead and hand its jobs back.
 */
final class StokerHealthIndicator extends AbstractHealthIndicator {

  private final Stoker stoker;
  private final boolean serverEnabled;
  private final Duration serverTimeout;

  StokerHealthIndicator(Stoker stoker, boolean serverEnabled, Duration serverTimeout) {
    super("Stoker's health check failed");
    this.stoker = stoker;
    this.serverEnabled = serverEnabled;
    this.serverTimeout = serverTimeout;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    try {
      check(health);
    } catch (RuntimeException | SQLException e) {
      health
          .down(e)
          .withDetail(
              "reason",
              "Stoker cannot reach its database: "
                  + NestedExceptionUtils.getMostSpecificCause(e).getMessage());
    }
  }

  private void check(Health.Builder health) throws SQLException {
    List<ServerInfo> servers = stoker.monitoring().servers();
    if (!serverEnabled) {
      health.up().withDetail("server", "disabled");
      return;
    }
    String id = stoker.serverId();
    health.withDetail("server", id);
    Optional<ServerInfo> own = servers.stream().filter(server -> server.id().equals(id)).findAny();
    if (own.isEmpty()) {
      health
          .down()
          .withDetail(
              "reason",
              "This server is not registered: it has not started, or has stopped, or the other"
                  + " servers took it for dead");
      return;
    }
    ServerInfo server = own.get();
    Duration age = Duration.between(server.heartbeatAt(), databaseNow());
    health
        .withDetail("queues", server.queues())
        .withDetail("workers", server.workers())
        .withDetail("lastHeartbeat", server.heartbeatAt().toString());
    if (age.compareTo(serverTimeout) > 0) {
      health
          .down()
          .withDetail(
              "reason",
              "The last heartbeat is "
                  + age.toSeconds()
                  + " s old, past the server timeout of "
                  + serverTimeout.toSeconds()
                  + " s: the other servers take this one for dead and hand its jobs back");
    } else {
      health.up();
    }
  }

  /** Heartbeats are written with the database's clock, so they are judged by it too. */
  private Instant databaseNow() throws SQLException {
    try (Connection connection = stoker.dataSource().getConnection()) {
      return DSL.using(connection)
          .select(DSL.currentOffsetDateTime())
          .fetchSingle()
          .value1()
          .toInstant();
    }
  }
}
