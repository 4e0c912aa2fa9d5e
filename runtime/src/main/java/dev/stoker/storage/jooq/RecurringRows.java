package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_RECURRING_JOB;

import dev.stoker.JobId;
import dev.stoker.annotation.Misfire;
import dev.stoker.recurring.RecurringJobRow;
import dev.stoker.recurring.RecurringSource;
import dev.stoker.schema.tables.records.StokerRecurringJobRecord;
import java.time.Duration;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/** Reads and writes rows of {@code stoker_recurring_job}. */
final class RecurringRows {

  private final DSLContext dsl;

  RecurringRows(DSLContext dsl) {
    this.dsl = dsl;
  }

  Optional<RecurringJobRow> findForUpdate(String id) {
    var r = STOKER_RECURRING_JOB;
    return dsl.selectFrom(r).where(r.ID.eq(id)).forUpdate().fetchOptional(RecurringRows::toRow);
  }

  void insert(RecurringJobRow row) {
    dsl.insertInto(STOKER_RECURRING_JOB).set(toRecord(row)).execute();
  }

  void update(RecurringJobRow row) {
    var r = STOKER_RECURRING_JOB;
    StokerRecurringJobRecord record = toRecord(row);
    record.changed(r.ID, false);
    record.changed(r.CREATED_AT, false);
    dsl.update(r).set(record).where(r.ID.eq(row.id())).execute();
  }

  static RecurringJobRow toRow(StokerRecurringJobRecord record) {
    return new RecurringJobRow(
        record.getId(),
        record.getJobName(),
        record.getQueue(),
        record.getPriority(),
        record.getMaxRetries(),
        record.getCron(),
        record.getZone(),
        record.getExceptCron(),
        record.getArguments().data(),
        Misfire.valueOf(record.getMisfirePolicy()),
        record.getMaxLagSeconds() == null ? null : Duration.ofSeconds(record.getMaxLagSeconds()),
        RecurringSource.valueOf(record.getSource()),
        record.getNextFireAt(),
        record.getLastFireAt(),
        record.getLastJobId() == null ? null : new JobId(record.getLastJobId()),
        record.getCreatedAt(),
        record.getUpdatedAt());
  }

  private StokerRecurringJobRecord toRecord(RecurringJobRow row) {
    StokerRecurringJobRecord record = dsl.newRecord(STOKER_RECURRING_JOB);
    record.setId(row.id());
    record.setJobName(row.jobName());
    record.setQueue(row.queue());
    record.setPriority(row.priority());
    record.setMaxRetries(row.maxRetries());
    record.setCron(row.cron());
    record.setZone(row.zone());
    record.setExceptCron(row.except());
    record.setArguments(JSONB.valueOf(row.arguments()));
    record.setMisfirePolicy(row.misfire().name());
    record.setMaxLagSeconds(row.maxLag() == null ? null : row.maxLag().toSeconds());
    record.setSource(row.source().name());
    record.setNextFireAt(row.nextFireAt());
    record.setLastFireAt(row.lastFireAt());
    record.setLastJobId(row.lastJobId() == null ? null : row.lastJobId().value());
    record.setCreatedAt(row.createdAt());
    record.setUpdatedAt(row.updatedAt());
    return record;
  }
}
