package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_BATCH;
import static dev.stoker.schema.Tables.STOKER_JOB;
import static dev.stoker.schema.Tables.STOKER_JOB_DEPENDENCY;

import dev.stoker.BatchId;
import dev.stoker.JobId;
import dev.stoker.monitoring.JobParent;
import java.util.List;
import org.jooq.DSLContext;

/** What continuations wait for, and which continuations wait for a job. */
final class JobLinks {

  private final DSLContext dsl;

  JobLinks(DSLContext dsl) {
    this.dsl = dsl;
  }

  List<JobParent> parents(JobId id) {
    var d = STOKER_JOB_DEPENDENCY;
    var j = STOKER_JOB;
    var b = STOKER_BATCH;
    return dsl.select(d.PARENT_ID, d.PARENT_IS_BATCH, j.STATE, b.STATE)
        .from(d)
        .leftJoin(j)
        .on(j.ID.eq(d.PARENT_ID).and(d.PARENT_IS_BATCH.isFalse()))
        .leftJoin(b)
        .on(b.ID.eq(d.PARENT_ID).and(d.PARENT_IS_BATCH.isTrue()))
        .where(d.JOB_ID.eq(id.value()))
        .orderBy(d.PARENT_ID)
        .fetch(
            row ->
                row.value2()
                    ? new JobParent(null, new BatchId(row.value1()), row.value4())
                    : new JobParent(new JobId(row.value1()), null, row.value3()));
  }

  List<JobId> continuations(JobId id) {
    var d = STOKER_JOB_DEPENDENCY;
    return dsl.select(d.JOB_ID)
        .from(d)
        .where(d.PARENT_ID.eq(id.value()))
        .orderBy(d.JOB_ID)
        .fetch(row -> new JobId(row.value1()));
  }
}
