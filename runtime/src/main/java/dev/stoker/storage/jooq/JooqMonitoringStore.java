package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;

import dev.stoker.JobState;
import dev.stoker.monitoring.EndedJobs;
import dev.stoker.monitoring.JobFilter;
import dev.stoker.monitoring.StateCounts;
import dev.stoker.storage.MonitoringStore;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The monitoring reads that stay cheap at millions of jobs: each count stops once it has found its
 * bound, and the graphs read the statistics, not the jobs.
 */
public final class JooqMonitoringStore implements MonitoringStore {

  private final DSLContext dsl;

  public JooqMonitoringStore(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public StateCounts stateCounts(long bound, Instant now) {
    Map<JobState, Long> byState = new EnumMap<>(JobState.class);
    for (JobState state : JobState.values()) {
      byState.put(state, countUpTo(STOKER_JOB.STATE.eq(state.name()), bound));
    }
    return new StateCounts(byState, bound, now);
  }

  @Override
  public long count(JobFilter filter, long bound) {
    return countUpTo(JobLists.selected(filter, dsl.dialect()), bound);
  }

  @Override
  public OptionalLong count(JobFilter filter, long bound, Duration limit) {
    Condition selected = JobLists.selected(filter, dsl.dialect());
    Long counted = TimeLimit.within(dsl, limit, tx -> countUpTo(tx, selected, bound));
    return counted == null ? OptionalLong.empty() : OptionalLong.of(counted);
  }

  private long countUpTo(Condition condition, long bound) {
    return countUpTo(dsl, condition, bound);
  }

  /** Counts the rows that meet the condition, stopping once it has found {@code bound}. */
  private static long countUpTo(DSLContext dsl, Condition condition, long bound) {
    return dsl.fetchCount(DSL.selectOne().from(STOKER_JOB).where(condition).limit(bound));
  }

  @Override
  public List<EndedJobs> ended(Instant from, Instant to, Duration step, String name, String queue) {
    return new JobStatistics(dsl).ended(from, to, step, name, queue);
  }
}
