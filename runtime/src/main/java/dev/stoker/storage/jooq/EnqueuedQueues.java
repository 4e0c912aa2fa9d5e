package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import dev.stoker.JobState;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;

/**
 * The queues that have enqueued jobs, and the first of those jobs on each: read through the
 * ready-job index ({@code queue, priority desc, id} of the enqueued jobs), so that a queue costs a
 * look-up, and its jobs no more than the bound, however many wait.
 */
final class EnqueuedQueues {

  private static final Condition ENQUEUED = STOKER_JOB.STATE.eq(JobState.ENQUEUED.name());

  private final DSLContext dsl;

  EnqueuedQueues(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * Every queue with an enqueued job, by name: one index look-up per queue, the next name after the
   * last (a skip scan written as a recursive query), not a read of every enqueued job.
   */
  List<String> names() {
    var j = STOKER_JOB;
    Field<String> queue = field(name("queues", "queue"), String.class);
    var next =
        select(field(select(min(j.QUEUE)).from(j).where(ENQUEUED).and(j.QUEUE.gt(queue))))
            .from(table(name("queues")))
            .where(queue.isNotNull());
    var queues =
        name("queues")
            .fields("queue")
            .as(select(min(j.QUEUE)).from(j).where(ENQUEUED).unionAll(next));
    return dsl.withRecursive(queues)
        .select(queues.field("queue", String.class))
        .from(queues)
        .where(queues.field("queue", String.class).isNotNull())
        .fetch(Record1::value1);
  }

  /**
   * Up to {@code bound} of the queue's enqueued jobs, in the order the servers claim them: the
   * columns asked, as a table to count or group.
   */
  Table<?> first(String queue, long bound, Field<?>... columns) {
    return select(columns)
        .from(STOKER_JOB)
        .where(ENQUEUED)
        .and(STOKER_JOB.QUEUE.eq(queue))
        .orderBy(STOKER_JOB.PRIORITY.desc(), STOKER_JOB.ID)
        .limit(bound)
        .asTable("first_jobs");
  }
}
