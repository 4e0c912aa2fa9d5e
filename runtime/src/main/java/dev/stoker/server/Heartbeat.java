package dev.stoker.server;

import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.ServerRegistration;
import dev.stoker.storage.ServerStore;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the other servers this one is alive, with the database's clock, and stops the jobs it runs
 * that are no longer its own: deleted, or handed to another server while this one was taken for
 * dead. A server taken for dead registers again and goes on.
 */
final class Heartbeat {

  private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

  private final ServerStore servers;
  private final ServerRegistration server;
  private final WorkerPool pool;
  private volatile boolean failing;
  private volatile long lastFailure;
  private volatile boolean everFailed;

  Heartbeat(ServerStore servers, ServerRegistration server, WorkerPool pool) {
    this.servers = servers;
    this.server = server;
    this.pool = pool;
  }

  /** One beat; a step of the heartbeat's loop. */
  boolean beat() {
    try {
      if (!servers.beat(server.id())) {
        log.warn(
            "Server {} was taken for dead by another server, which handed its jobs back: its last"
                + " heartbeat was too old by the database's clock (a long pause, or the database"
                + " out of reach). It registers again and goes on; the jobs it runs that went to"
                + " other servers are stopped.",
            server.id());
        servers.register(server);
      }
      Set<ClaimedJob> lost = servers.attemptsNoLongerHeld(server.id(), pool.attempts());
      pool.cancel(lost, Cancellation.NOT_CURRENT);
      failing = false;
    } catch (RuntimeException e) {
      lastFailure = System.nanoTime();
      everFailed = true;
      failing = true;
      throw e;
    }
    return false;
  }

  /**
   * True when every heartbeat for at least this long has reached the database. After an outage the
   * other servers need that long to beat again before this one may judge them by their heartbeats.
   */
  boolean healthyFor(Duration duration) {
    return !failing && (!everFailed || System.nanoTime() - lastFailure >= duration.toNanos());
  }
}
