package dev.stoker.storage.jooq;

import dev.stoker.JobId;
import dev.stoker.monitoring.ServerInfo;
import dev.stoker.monitoring.UnhandledJobs;
import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.Rescue;
import dev.stoker.storage.ServerRegistration;
import dev.stoker.storage.ServerStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The servers and their upkeep in PostgreSQL or H2, through jOOQ. Decides the transactions; the
 * statements live in one class per concern, and those that differ between the databases in the
 * {@link Statements} chosen when the store is built.
 */
public final class JooqServerStore implements ServerStore {

  private final DSLContext dsl;
  private final Statements statements;

  public JooqServerStore(DSLContext dsl) {
    this(dsl, Statements.of(dsl.dialect()));
  }

  JooqServerStore(DSLContext dsl, Statements statements) {
    this.dsl = dsl;
    this.statements = statements;
  }

  private <T> T write(Function<DSLContext, T> statements) {
    return dsl.transactionResult(tx -> statements.apply(tx.dsl()));
  }

  @Override
  public void register(ServerRegistration server) {
    write(
        tx -> {
          new Servers(tx).register(server);
          return null;
        });
  }

  @Override
  public boolean beat(String serverId) {
    return write(tx -> new Servers(tx).beat(serverId));
  }

  @Override
  public void unregister(String serverId) {
    write(
        tx -> {
          new Servers(tx).unregister(serverId);
          return null;
        });
  }

  @Override
  public List<Rescue> rescueJobsOfDeadServers(String rescuerId, Duration timeout, Instant now) {
    return statements
        .ifSweepIsFree(dsl, tx -> new Rescues(tx, rescuerId, now).rescueJobsOfDeadServers(timeout))
        .orElse(List.of());
  }

  @Override
  public Set<ClaimedJob> attemptsNoLongerHeld(String serverId, Collection<ClaimedJob> running) {
    return new HeldAttempts(dsl).notHeld(serverId, running);
  }

  @Override
  public int handBackUnknownClaims(String serverId, Set<JobId> running, Instant now) {
    return write(tx -> new Rescues(tx, serverId, now).handBackUnknownClaims(running));
  }

  @Override
  public int removeExpiredJobs(Instant changedBefore, int limit) {
    return write(tx -> new Retention(tx).removeExpired(changedBefore, limit));
  }

  @Override
  public int rollUpStatistics(Instant minutesBefore, Instant keptSince, int limit) {
    return write(
        tx -> {
          JobStatistics statistics = new JobStatistics(tx);
          statistics.removeOlderThan(keptSince);
          return statistics.rollUp(minutesBefore, limit);
        });
  }

  @Override
  public List<ServerInfo> servers() {
    return new Servers(dsl).list();
  }

  @Override
  public List<UnhandledJobs> unhandledJobs() {
    return new Coverage(dsl).unhandled(servers());
  }
}
