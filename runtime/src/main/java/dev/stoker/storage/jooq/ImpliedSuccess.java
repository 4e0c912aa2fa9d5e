package dev.stoker.storage.jooq;

import dev.stoker.JobState;
import dev.stoker.monitoring.HistoryEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The last attempt of a job that succeeded, which no history row stores (schema version 18): a
 * SUCCEEDED job never changes again, so its row keeps the attempt, read back as its start
 * (started_at, server_id, attempt) then its success (state_changed_at, success_reason). A job that
 * succeeded before keeps a history row for it, and started_at null.
 */
final class ImpliedSuccess {

  private static final int REASON_LENGTH = 2000;

  private ImpliedSuccess() {}

  /** The job's history: its other entries, then its last attempt's if its row tells it. */
  static List<HistoryEntry> withSuccess(
      List<HistoryEntry> others,
      String state,
      Instant startedAt,
      Instant succeededAt,
      String reason,
      String serverId,
      int attempt) {
    if (!toldByRow(state, startedAt)) {
      return others;
    }
    StateChange success = StateChange.SUCCESS;
    List<HistoryEntry> history = new ArrayList<>(others.size() + 2);
    history.addAll(others);
    history.add(ImpliedStart.entry(startedAt, serverId, attempt));
    history.add(
        new HistoryEntry(
            succeededAt, success.from(), success.to(), reason, serverId, attempt, null));
    return history;
  }

  /** Whether a job's row tells its success: it succeeded, and keeps its attempt's start. */
  static boolean toldByRow(String state, Instant startedAt) {
    return startedAt != null && JobState.SUCCEEDED.name().equals(state);
  }

  /** The success's reason as its row keeps it. */
  static String reason(String reason) {
    return Texts.clip(reason, REASON_LENGTH);
  }
}
