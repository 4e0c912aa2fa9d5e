package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static org.jooq.impl.DSL.count;

import dev.stoker.JobState;
import dev.stoker.monitoring.ServerInfo;
import dev.stoker.monitoring.UnhandledJobs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Finds the enqueued jobs that no registered server can run, and says why. */
final class Coverage {

  private final DSLContext dsl;

  Coverage(DSLContext dsl) {
    this.dsl = dsl;
  }

  List<UnhandledJobs> unhandled(List<ServerInfo> servers) {
    var j = STOKER_JOB;
    List<UnhandledJobs> unhandled = new ArrayList<>();
    for (var row :
        dsl.select(j.NAME, j.QUEUE, count())
            .from(j)
            .where(j.STATE.eq(JobState.ENQUEUED.name()))
            .groupBy(j.NAME, j.QUEUE)
            .orderBy(j.NAME, j.QUEUE)) {
      whyUnhandled(row.value1(), row.value2(), servers)
          .ifPresent(
              reason ->
                  unhandled.add(
                      new UnhandledJobs(row.value1(), row.value2(), row.value3(), reason)));
    }
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
