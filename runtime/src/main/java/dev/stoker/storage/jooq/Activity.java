package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static org.jooq.impl.DSL.count;

import dev.stoker.JobState;
import dev.stoker.monitoring.Throughput;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * What the servers are doing: the jobs that ended lately, read by the time they entered their state
 * (an index range on either database), and the jobs each server runs.
 */
final class Activity {

  private final DSLContext dsl;

  Activity(DSLContext dsl) {
    this.dsl = dsl;
  }

  Throughput endedBetween(Instant from, Instant to) {
    return new Throughput(ended(JobState.SUCCEEDED, from, to), ended(JobState.FAILED, from, to));
  }

  private long ended(JobState state, Instant from, Instant to) {
    var j = STOKER_JOB;
    return dsl.fetchCount(
        j,
        j.STATE.eq(state.name()).and(j.STATE_CHANGED_AT.ge(from)).and(j.STATE_CHANGED_AT.lt(to)));
  }

  Map<String, Long> runningPerServer() {
    var j = STOKER_JOB;
    Map<String, Long> running = new HashMap<>();
    for (var row :
        dsl.select(j.SERVER_ID, count())
            .from(j)
            .where(j.STATE.eq(JobState.PROCESSING.name()))
            .and(j.SERVER_ID.isNotNull())
            .groupBy(j.SERVER_ID)) {
      running.put(row.value1(), row.value2().longValue());
    }
    return running;
  }
}
