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
  private final HeldAttempts held;
  private final WorkerPool pool;
  private final Runnable onDatabaseBack;
  private volatile boolean failing;
  // When the heartbeats began to reach the database: at the start, or when it came back.
  private volatile long beatingSince = System.nanoTime();

  /**
   * @param servers where the heartbeat goes
   * @param server this server
   * @param held the attempts this server holds, checked at each beat
   * @param pool where the attempts no longer held are stopped
   * @param onDatabaseBack called at the first beat that reaches the database after some did not
   */
  Heartbeat(
      ServerStore servers,
      ServerRegistration server,
      HeldAttempts held,
      WorkerPool pool,
      Runnable onDatabaseBack) {
    this.servers = servers;
    this.server = server;
    this.held = held;
    this.pool = pool;
    this.onDatabaseBack = onDatabaseBack;
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
      if (failing) {
        failing = false;
        beatingSince = System.nanoTime();
        onDatabaseBack.run();
      }
      Set<ClaimedJob> lost = servers.attemptsNoLongerHeld(server.id(), held.all());
      pool.cancel(lost, Cancellation.NOT_CURRENT);
      lost.forEach(held::release);
    } catch (RuntimeException e) {
      failing = true;
      throw e;
    }
    return false;
  }

  /**
   * True when every heartbeat for at least this long, since the server started or the database came
   * back, has reached the database. The other servers had as long to beat as this one, so only then
   * may it judge them by their heartbeats.
   */
  boolean healthyFor(Duration duration) {
    return !failing && System.nanoTime() - beatingSince >= duration.toNanos();
  }
}
