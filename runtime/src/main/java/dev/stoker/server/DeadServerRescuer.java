package dev.stoker.server;

import dev.stoker.storage.Rescue;
import dev.stoker.storage.ServerStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands back the jobs of servers that died: their heartbeat is older than the timeout by the
 * database's clock, or they are no longer registered. A job that merely runs long on a live server
 * is never handed back: its server's heartbeat goes on. It judges only once this server's own
 * heartbeats have reached the database for a whole timeout: after an outage, or a start, the others
 * had as long to beat again.
 */
final class DeadServerRescuer {

  private static final Logger log = LoggerFactory.getLogger(DeadServerRescuer.class);

  private final ServerStore servers;
  private final Heartbeat heartbeat;
  private final String serverId;
  private final Duration serverTimeout;
  private final Clock clock;
  private final Runnable onJobsHandedBack;

  DeadServerRescuer(
      ServerStore servers,
      Heartbeat heartbeat,
      String serverId,
      Duration serverTimeout,
      Clock clock,
      Runnable onJobsHandedBack) {
    this.servers = servers;
    this.heartbeat = heartbeat;
    this.serverId = serverId;
    this.serverTimeout = serverTimeout;
    this.clock = clock;
    this.onJobsHandedBack = onJobsHandedBack;
  }

  /** One sweep; a step of the rescuer's loop. */
  boolean sweep() {
    if (!heartbeat.healthyFor(serverTimeout)) {
      return false; // Back from an outage: the others may not have beaten since.
    }
    List<Rescue> rescues =
        servers.rescueJobsOfDeadServers(serverId, serverTimeout, clock.instant());
    for (Rescue rescue : rescues) {
      if (rescue.lastHeartbeat() != null) {
        log.warn(
            "Server {} stopped beating its heartbeat (last beat at {}): taken for dead, {} of its"
                + " jobs handed back",
            rescue.serverId(),
            rescue.lastHeartbeat(),
            rescue.jobs());
      } else {
        log.warn(
            "Server {} is no longer registered: {} jobs it held handed back",
            rescue.serverId(),
            rescue.jobs());
      }
    }
    if (rescues.stream().anyMatch(rescue -> rescue.jobs() > 0)) {
      onJobsHandedBack.run();
    }
    return false;
  }
}
