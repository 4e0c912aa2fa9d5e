package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_QUEUE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.min;

import dev.stoker.JobState;
import dev.stoker.monitoring.Monitoring;
import dev.stoker.monitoring.QueueInfo;
import dev.stoker.monitoring.QueuePause;
import dev.stoker.monitoring.ServerInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * The queues: which are paused (a row each in {@code stoker_queue}), and how much waits and runs on
 * each. A paused queue's jobs stay ENQUEUED: the servers skip it when they claim.
 */
final class QueueRows {

  private final DSLContext dsl;

  QueueRows(DSLContext dsl) {
    this.dsl = dsl;
  }

  void pause(String queue, String pausedBy, Instant now) {
    var q = STOKER_QUEUE;
    dsl.insertInto(q, q.NAME, q.PAUSED_AT, q.PAUSED_BY)
        .values(queue, now, Texts.clip(pausedBy, 200))
        .onConflictDoNothing()
        .execute();
  }

  boolean resume(String queue) {
    var q = STOKER_QUEUE;
    return dsl.deleteFrom(q).where(q.NAME.eq(queue)).execute() == 1;
  }

  List<QueuePause> paused() {
    var q = STOKER_QUEUE;
    return dsl.selectFrom(q)
        .orderBy(q.NAME)
        .fetch(row -> new QueuePause(row.getName(), row.getPausedBy(), row.getPausedAt()));
  }

  /**
   * The queues, each with its enqueued jobs counted up to {@link Monitoring#COUNT_BOUND} (and the
   * oldest wait among those counted): a queue costs at most that many index entries.
   */
  List<QueueInfo> queues(List<ServerInfo> servers) {
    var j = STOKER_JOB;
    record Load(long jobs, Instant oldest) {}
    Map<String, Load> enqueued = new HashMap<>();
    EnqueuedQueues waiting = new EnqueuedQueues(dsl);
    for (String queue : waiting.names()) {
      Table<?> first = waiting.first(queue, Monitoring.COUNT_BOUND, j.RUN_AT);
      var row = dsl.select(count(), min(first.field(j.RUN_AT))).from(first).fetchSingle();
      enqueued.put(queue, new Load(row.value1(), row.value2()));
    }
    Map<String, Long> processing = new HashMap<>();
    for (var row :
        dsl.select(j.QUEUE, count())
            .from(j)
            .where(j.STATE.eq(JobState.PROCESSING.name()))
            .groupBy(j.QUEUE)) {
      processing.put(row.value1(), row.value2().longValue());
    }
    Map<String, QueuePause> pauses = new HashMap<>();
    paused().forEach(pause -> pauses.put(pause.queue(), pause));

    TreeSet<String> names = new TreeSet<>(enqueued.keySet());
    names.addAll(processing.keySet());
    names.addAll(pauses.keySet());
    servers.forEach(server -> names.addAll(server.queues()));
    List<QueueInfo> queues = new ArrayList<>();
    for (String name : names) {
      List<ServerInfo> serving =
          servers.stream().filter(server -> server.queues().contains(name)).toList();
      Load load = enqueued.getOrDefault(name, new Load(0, null));
      queues.add(
          new QueueInfo(
              name,
              load.jobs(),
              load.jobs() < Monitoring.COUNT_BOUND,
              processing.getOrDefault(name, 0L),
              load.oldest(),
              serving.stream().map(ServerInfo::id).toList(),
              serving.stream().mapToInt(ServerInfo::workers).sum(),
              pauses.get(name)));
    }
    return queues;
  }
}
