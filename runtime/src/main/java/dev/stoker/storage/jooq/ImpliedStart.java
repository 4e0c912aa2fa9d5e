package dev.stoker.storage.jooq;

import dev.stoker.monitoring.HistoryEntry;
import dev.stoker.schema.tables.records.StokerJobHistoryRecord;
import dev.stoker.schema.tables.records.StokerJobRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The start entry of an attempt, which the claim does not store: while the job runs, read from its
 * row (state_changed_at, server_id, attempt); once the attempt ended, from the row that ended it
 * (started_at, started_by), just before that row's own entry. An attempt whose start was stored as
 * a row of its own, as every attempt's was before schema version 17, reads that row instead.
 */
final class ImpliedStart {

  private ImpliedStart() {}

  /** The job's history: its stored entries, with the starts of its attempts they lack. */
  static List<HistoryEntry> withStarts(
      List<StokerJobHistoryRecord> stored,
      Function<StokerJobHistoryRecord, HistoryEntry> entry,
      StokerJobRecord job) {
    Set<Integer> storedStarts =
        stored.stream()
            .filter(ImpliedStart::isStart)
            .map(StokerJobHistoryRecord::getAttempt)
            .collect(Collectors.toSet());
    List<HistoryEntry> history = new ArrayList<>(2 * stored.size() + 1);
    for (StokerJobHistoryRecord row : stored) {
      if (row.getStartedAt() != null && !storedStarts.contains(row.getAttempt())) {
        history.add(entry(row.getStartedAt(), row.getStartedBy(), row.getAttempt()));
      }
      history.add(entry.apply(row));
    }
    if (isRunning(job.getState()) && !storedStarts.contains(job.getAttempt())) {
      history.add(entry(job.getStateChangedAt(), job.getServerId(), job.getAttempt()));
    }
    return history;
  }

  /** Whether a job in the state runs: its latest entry is then its attempt's start. */
  static boolean isRunning(String state) {
    return StateChange.CLAIM.to().name().equals(state);
  }

  /** The reason of an attempt's start entry. */
  static String reason(int attempt) {
    return "Started, attempt " + attempt;
  }

  /** An attempt's start entry. */
  static HistoryEntry entry(Instant at, String serverId, int attempt) {
    StateChange claim = StateChange.CLAIM;
    return new HistoryEntry(at, claim.from(), claim.to(), reason(attempt), serverId, attempt, null);
  }

  private static boolean isStart(StokerJobHistoryRecord row) {
    return StateChange.CLAIM.from().name().equals(row.getFromState())
        && StateChange.CLAIM.to().name().equals(row.getToState());
  }
}
