package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_SERVER;
import static dev.stoker.schema.Tables.STOKER_SERVER_JOB;
import static org.jooq.impl.DSL.val;

import dev.stoker.monitoring.ServerInfo;
import dev.stoker.schema.tables.records.StokerServerRecord;
import dev.stoker.storage.ServerRegistration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;

/** The servers' registrations and heartbeats, written with the database's clock. */
final class Servers {

  // Queue names cannot hold a comma (lower-case letters, digits, '_' and '-').
  private static final String QUEUE_SEPARATOR = ",";

  private final DSLContext tx;

  Servers(DSLContext tx) {
    this.tx = tx;
  }

  void register(ServerRegistration server) {
    var s = STOKER_SERVER;
    var sj = STOKER_SERVER_JOB;
    // A fresh row, also when the server registers again after it was removed as dead.
    unregister(server.id());
    tx.insertInto(s, s.ID, s.HOST, s.PID, s.QUEUES, s.WORKERS, s.STARTED_AT, s.HEARTBEAT_AT)
        .values(
            val(server.id()),
            val(server.host()),
            val(server.pid()),
            val(String.join(QUEUE_SEPARATOR, server.queues())),
            val(server.workers()),
            DatabaseClock.now(),
            DatabaseClock.now())
        .execute();
    if (!server.jobNames().isEmpty()) {
      var insert = tx.insertInto(sj, sj.SERVER_ID, sj.JOB_NAME);
      for (String name : new TreeSet<>(server.jobNames())) {
        insert = insert.values(server.id(), name);
      }
      insert.execute();
    }
  }

  boolean beat(String serverId) {
    var s = STOKER_SERVER;
    return tx.update(s).set(s.HEARTBEAT_AT, DatabaseClock.now()).where(s.ID.eq(serverId)).execute()
        == 1;
  }

  /** Removes the server; its job names go with it. */
  void unregister(String serverId) {
    var s = STOKER_SERVER;
    tx.deleteFrom(s).where(s.ID.eq(serverId)).execute();
  }

  List<ServerInfo> list() {
    var s = STOKER_SERVER;
    var sj = STOKER_SERVER_JOB;
    Map<String, Set<String>> names = new HashMap<>();
    for (var row : tx.select(sj.SERVER_ID, sj.JOB_NAME).from(sj)) {
      names.computeIfAbsent(row.value1(), id -> new TreeSet<>()).add(row.value2());
    }
    return tx.selectFrom(s).orderBy(s.STARTED_AT, s.ID).fetch().stream()
        .map(row -> info(row, names.getOrDefault(row.getId(), Set.of())))
        .toList();
  }

  private static ServerInfo info(StokerServerRecord row, Set<String> jobNames) {
    return new ServerInfo(
        row.getId(),
        row.getHost(),
        row.getPid(),
        queues(row.getQueues()),
        row.getWorkers(),
        Set.copyOf(jobNames),
        row.getStartedAt(),
        row.getHeartbeatAt());
  }

  private static List<String> queues(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(QUEUE_SEPARATOR));
  }
}
