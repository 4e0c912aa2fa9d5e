package dev.stoker.storage;

import dev.stoker.monitoring.EndedJobs;
import dev.stoker.monitoring.JobFilter;
import dev.stoker.monitoring.StateCounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * What the monitoring API reads that no server needs: counts that read a bounded number of rows,
 * and the statistics of ended jobs.
 */
public interface MonitoringStore {

  /** Jobs per state, each count cut at {@code bound}. */
  StateCounts stateCounts(long bound, Instant now);

  /** How many jobs the filter selects, counted up to {@code bound}; its paging is ignored. */
  long count(JobFilter filter, long bound);

  /**
   * {@link #count(JobFilter, long)}, cancelled by the database once it takes longer than {@code
   * limit}: empty then.
   */
  OptionalLong count(JobFilter filter, long bound, Duration limit);

  /**
   * Jobs ended per span of {@code step} from {@code from} until before {@code to}, of the job name
   * and queue if given (else of all), every span present.
   */
  List<EndedJobs> ended(Instant from, Instant to, Duration step, String name, String queue);
}
