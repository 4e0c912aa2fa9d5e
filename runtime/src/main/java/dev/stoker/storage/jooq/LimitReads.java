package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_START;
import static org.jooq.impl.DSL.min;

import dev.stoker.JobId;
import dev.stoker.monitoring.NotRunningReason;
import dev.stoker.monitoring.NotRunningReason.Kind;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Which of a waiting job's limits hold it back now, in words: its concurrency key's running jobs,
 * its rate key's starts within the window, and when the next may start.
 */
final class LimitReads {

  private final DSLContext dsl;

  LimitReads(DSLContext dsl) {
    this.dsl = dsl;
  }

  List<NotRunningReason> reached(JobId id, Instant now) {
    var j = STOKER_JOB;
    var job =
        dsl.select(
                j.NAME,
                j.CONCURRENCY_KEY,
                j.CONCURRENCY_LIMIT,
                j.RATE_KEY,
                j.RATE_LIMIT,
                j.RATE_PERIOD_MS)
            .from(j)
            .where(j.ID.eq(id.value()))
            .fetchOne();
    List<NotRunningReason> reasons = new ArrayList<>();
    if (job == null) {
      return reasons;
    }
    String name = job.value1();
    String concurrencyKey = job.value2();
    if (concurrencyKey != null) {
      int running =
          dsl.fetchCount(
              j, j.STATE.eq(LimitedClaims.PROCESSING).and(j.CONCURRENCY_KEY.eq(concurrencyKey)));
      if (running >= job.value3()) {
        reasons.add(
            new NotRunningReason(
                Kind.CONCURRENCY_LIMIT,
                "Waiting: concurrency limit "
                    + job.value3()
                    + " reached for "
                    + keyInWords(name, concurrencyKey)
                    + " ("
                    + running
                    + " running)."));
      }
    }
    String rateKey = job.value4();
    if (rateKey != null) {
      var s = STOKER_JOB_START;
      Duration period = Duration.ofMillis(job.value6());
      Instant windowStart = now.minus(period);
      var starts =
          dsl.select(org.jooq.impl.DSL.count(), min(s.STARTED_AT))
              .from(s)
              .where(s.RATE_KEY.eq(rateKey))
              .and(s.STARTED_AT.gt(windowStart))
              .fetchOne();
      if (starts.value1() >= job.value5()) {
        Instant next = upToSecond(starts.value2().plus(period));
        reasons.add(
            new NotRunningReason(
                Kind.RATE_LIMIT,
                "Waiting: rate limit "
                    + job.value5()
                    + "/"
                    + periodInWords(period)
                    + " reached for "
                    + keyInWords(name, rateKey)
                    + ", next start at "
                    + next
                    + "."));
      }
    }
    return reasons;
  }

  /** The instant, or the next whole second after it: no start is allowed before. */
  static Instant upToSecond(Instant instant) {
    Instant second = instant.truncatedTo(ChronoUnit.SECONDS);
    return second.equals(instant) ? second : second.plusSeconds(1);
  }

  /** {@code accountId=42} for a key of an argument, {@code job 'name'} for the job as a whole. */
  private static String keyInWords(String name, String key) {
    int colon = key.indexOf(':');
    return colon < 0 ? "job '" + name + "'" : key.substring(colon + 1);
  }

  private static String periodInWords(Duration period) {
    if (period.equals(Duration.ofSeconds(1))) {
      return "s";
    }
    if (period.equals(Duration.ofMinutes(1))) {
      return "min";
    }
    if (period.equals(Duration.ofHours(1))) {
      return "h";
    }
    if (period.equals(Duration.ofDays(1))) {
      return "day";
    }
    return period.toString();
  }
}
