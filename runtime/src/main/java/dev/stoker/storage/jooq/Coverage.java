package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static org.jooq.impl.DSL.count;

import dev.stoker.monitoring.Monitoring;
import dev.stoker.monitoring.ServerInfo;
import dev.stoker.monitoring.UnhandledJobs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** Finds the enqueued jobs that no registered server can run, and says why. */
final class Coverage {

  private final DSLContext dsl;

  Coverage(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * The enqueued jobs no server can run, by name and queue, among the first {@link
   * Monitoring#COUNT_BOUND} of each queue in claim order: the servers skip the jobs they cannot
   * run, so those stay first, and a queue costs at most that many index entries and rows however
   * many wait. Each count is of those looked at.
   */
  List<UnhandledJobs> unhandled(List<ServerInfo> servers) {
    var j = STOKER_JOB;
    List<UnhandledJobs> unhandled = new ArrayList<>();
    EnqueuedQueues waiting = new EnqueuedQueues(dsl);
    for (String queue : waiting.names()) {
      Table<?> first = waiting.first(queue, Monitoring.COUNT_BOUND, j.NAME);
      Field<String> name = first.field(j.NAME);
      for (var row : dsl.select(name, count()).from(first).groupBy(name).orderBy(name)) {
        whyUnhandled(row.value1(), queue, servers)
            .ifPresent(
                reason ->
                    unhandled.add(new UnhandledJobs(row.value1(), queue, row.value2(), reason)));
      }
    }
    unhandled.sort(
        Comparator.comparing(UnhandledJobs::jobName).thenComparing(UnhandledJobs::queue));
    return unhandled;
  }

  private static Optional<String> whyUnhandled(
      String name, String queue, List<ServerInfo> servers) {
    if (servers.isEmpty()) {
      return Optional.of("No server is running");
    }
    List<ServerInfo> onQueue =
        servers.stream().filter(server -> server.queues().contains(queue)).toList();
    if (onQueue.isEmpty()) {
      return Optional.of("No running server serves queue '" + queue + "'");
    }
    if (onQueue.stream().noneMatch(server -> server.jobNames().contains(name))) {
      return Optional.of(
          "No running server that serves queue '"
              + queue
              + "' has a handler for job '"
              + name
              + "': deploy the code that declares it, or delete the jobs");
    }
    return Optional.empty();
  }
}
