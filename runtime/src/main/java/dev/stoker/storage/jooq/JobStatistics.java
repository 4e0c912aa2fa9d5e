package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB_STATISTICS;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.sum;

import dev.stoker.monitoring.EndedJobs;
import dev.stoker.storage.Completion;
import dev.stoker.storage.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The per-minute counters of jobs that succeeded, failed and were retried, by job name and queue:
 * added to with each group of outcomes, in one statement; rolled up into hours once old; removed
 * once past their retention. They outlive the jobs they count.
 */
final class JobStatistics {

  /** A row of the counters, and what it adds: sorted, so that servers lock rows in one order. */
  record Key(Instant minute, String name, String queue) implements Comparable<Key> {
    private static final Comparator<Key> ORDER =
        Comparator.comparing(Key::minute).thenComparing(Key::name).thenComparing(Key::queue);

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }
  }

  /** Counts to add to a row. */
  record Counts(long succeeded, long failed, long retried) {
    Counts plus(Counts other) {
      return new Counts(
          succeeded + other.succeeded, failed + other.failed, retried + other.retried);
    }
  }

  private static final Map<SQLDialect, PreparedSql> ADD = new ConcurrentHashMap<>();

  private final DSLContext tx;

  JobStatistics(DSLContext tx) {
    this.tx = tx;
  }

  /** Counts the recorded outcomes in the minute of {@code now}; hand-backs count as nothing. */
  void count(Collection<Completion> recorded, Instant now) {
    Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
    Map<Key, Counts> added = new TreeMap<>();
    for (Completion completion : recorded) {
      Counts counts =
          switch (completion.outcome()) {
            case Outcome.Succeeded s -> new Counts(1, 0, 0);
            case Outcome.Failed f -> new Counts(0, 1, 0);
            case Outcome.Retrying r -> new Counts(0, 0, 1);
            case Outcome.HandedBack h -> null;
          };
      if (counts != null) {
        added.merge(
            new Key(minute, completion.job().name(), completion.job().queue()),
            counts,
            Counts::plus);
      }
    }
    add(added);
  }

  /**
   * Adds the counts to their rows, creating those missing, in their order: one round trip for all,
   * through a statement written once per dialect (rendering it anew took a third of the time of
   * recording a group of successes).
   */
  void add(Map<Key, Counts> added) {
    if (added.isEmpty()) {
      return;
    }
    List<PreparedSql.Values> rows = new ArrayList<>(added.size());
    added.forEach(
        (key, counts) ->
            rows.add(
                values ->
                    values
                        .set("minute", key.minute().atOffset(ZoneOffset.UTC))
                        .set("name", key.name())
                        .set("queue", key.queue())
                        .set("succeeded", counts.succeeded())
                        .set("failed", counts.failed())
                        .set("retried", counts.retried())));
    ADD.computeIfAbsent(tx.dialect(), JobStatistics::addStatement).batch(tx, rows);
  }

  private static PreparedSql addStatement(SQLDialect dialect) {
    var s = STOKER_JOB_STATISTICS;
    return PreparedSql.of(
        DSL.using(dialect)
            .insertInto(s, s.MINUTE, s.NAME, s.QUEUE, s.SUCCEEDED, s.FAILED, s.RETRIED)
            .values(
                param("minute", SQLDataType.INSTANT),
                param("name", SQLDataType.VARCHAR),
                param("queue", SQLDataType.VARCHAR),
                param("succeeded", SQLDataType.BIGINT),
                param("failed", SQLDataType.BIGINT),
                param("retried", SQLDataType.BIGINT))
            .onConflict(s.MINUTE, s.NAME, s.QUEUE)
            .doUpdate()
            .set(s.SUCCEEDED, s.SUCCEEDED.plus(excluded(s.SUCCEEDED)))
            .set(s.FAILED, s.FAILED.plus(excluded(s.FAILED)))
            .set(s.RETRIED, s.RETRIED.plus(excluded(s.RETRIED))));
  }

  /**
   * Rolls up to {@code limit} minute rows older than {@code before} into the rows of their hours;
   * returns how many minute rows it rolled up.
   */
  int rollUp(Instant before, int limit) {
    var s = STOKER_JOB_STATISTICS;
    var minutes =
        tx.selectFrom(s)
            .where(s.MINUTE.lt(before))
            .and(DSL.extract(s.MINUTE, DatePart.MINUTE).ne(0))
            .orderBy(s.MINUTE, s.NAME, s.QUEUE)
            .limit(limit)
            .forUpdate()
            .fetch();
    if (minutes.isEmpty()) {
      return 0;
    }
    Map<Key, Counts> hours = new TreeMap<>();
    List<Condition> rolled = new ArrayList<>();
    for (var row : minutes) {
      hours.merge(
          new Key(row.getMinute().truncatedTo(ChronoUnit.HOURS), row.getName(), row.getQueue()),
          new Counts(row.getSucceeded(), row.getFailed(), row.getRetried()),
          Counts::plus);
      rolled.add(
          s.MINUTE
              .eq(row.getMinute())
              .and(s.NAME.eq(row.getName()))
              .and(s.QUEUE.eq(row.getQueue())));
    }
    tx.deleteFrom(s).where(DSL.or(rolled)).execute();
    add(hours);
    return minutes.size();
  }

  /** Removes the rows older than {@code before}; returns how many. */
  int removeOlderThan(Instant before) {
    var s = STOKER_JOB_STATISTICS;
    return tx.deleteFrom(s).where(s.MINUTE.lt(before)).execute();
  }

  /**
   * How many jobs ended in each span of {@code step} from {@code from} until before {@code to},
   * over every job name and queue, or those given: one entry per span, empty spans included.
   */
  List<EndedJobs> ended(Instant from, Instant to, Duration step, String name, String queue) {
    var s = STOKER_JOB_STATISTICS;
    long stepSeconds = step.toSeconds();
    long fromSeconds = from.getEpochSecond();
    int spans = (int) Math.ceilDiv(to.getEpochSecond() - fromSeconds, stepSeconds);
    long[][] totals = new long[spans][3];
    var condition = s.MINUTE.ge(from).and(s.MINUTE.lt(to));
    if (name != null) {
      condition = condition.and(s.NAME.eq(name));
    }
    if (queue != null) {
      condition = condition.and(s.QUEUE.eq(queue));
    }
    // The span of a row, summed in the database: one row a span comes back, however many rows of
    // minutes, hours, names and queues it holds. Integer division: the rows are from `from` on.
    // Inlined, so that the grouped expression is the selected one on PostgreSQL.
    Field<Long> span =
        DSL.extract(s.MINUTE, DatePart.EPOCH)
            .cast(SQLDataType.BIGINT)
            .minus(DSL.inline(fromSeconds))
            .div(DSL.inline(stepSeconds));
    for (var row :
        tx.select(span, sum(s.SUCCEEDED), sum(s.FAILED), sum(s.RETRIED))
            .from(s)
            .where(condition)
            .groupBy(span)) {
      int i = row.value1().intValue();
      totals[i][0] = row.value2().longValue();
      totals[i][1] = row.value3().longValue();
      totals[i][2] = row.value4().longValue();
    }
    List<EndedJobs> ended = new ArrayList<>(spans);
    for (int i = 0; i < spans; i++) {
      ended.add(
          new EndedJobs(
              from.plusSeconds(i * stepSeconds), totals[i][0], totals[i][1], totals[i][2]));
    }
    return ended;
  }
}
