package dev.stoker.storage.jooq;

import static dev.stoker.schema.Tables.STOKER_JOB_HISTORY;

import dev.stoker.monitoring.ExceptionInfo;
import dev.stoker.schema.tables.records.StokerJobHistoryRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep12;

/** Collects history rows and writes them in multi-row inserts of a bounded size. */
final class HistoryRows {

  private static final int ROWS_PER_STATEMENT = 1000;

  private final List<HistoryRow> rows = new ArrayList<>();

  HistoryRows add(HistoryRow row) {
    rows.add(row);
    return this;
  }

  void insert(DSLContext dsl) {
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      insert(dsl, rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
    }
  }

  private static void insert(DSLContext dsl, List<HistoryRow> rows) {
    var h = STOKER_JOB_HISTORY;
    InsertValuesStep12<
            StokerJobHistoryRecord,
            UUID,
            Instant,
            String,
            String,
            String,
            String,
            Integer,
            String,
            String,
            String,
            Instant,
            String>
        insert =
            dsl.insertInto(
                h,
                h.JOB_ID,
                h.AT,
                h.FROM_STATE,
                h.TO_STATE,
                h.REASON,
                h.SERVER_ID,
                h.ATTEMPT,
                h.EXCEPTION_CLASS,
                h.EXCEPTION_MESSAGE,
                h.STACK_TRACE,
                h.STARTED_AT,
                h.STARTED_BY);
    for (HistoryRow row : rows) {
      ExceptionInfo e = row.exception();
      insert =
          insert.values(
              row.job().value(),
              row.at(),
              row.from() == null ? null : row.from().name(),
              row.to().name(),
              Texts.clip(row.reason(), 2000),
              row.serverId(),
              row.attempt(),
              e == null ? null : Texts.clip(e.className(), 500),
              e == null ? null : e.message(),
              e == null ? null : e.stackTrace(),
              row.startedAt(),
              row.startedBy());
    }
    insert.execute();
  }
}
