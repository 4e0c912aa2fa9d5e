package dev.stoker.storage;

import dev.stoker.JobId;
import java.util.List;

/**
 * What a running attempt reported of itself, to be written.
 *
 * @param job the job
 * @param attempt the attempt reporting
 * @param done how much is done, or null
 * @param total how much there is to do, or null
 * @param lines the last log lines, oldest first, within the stored bounds
 * @param droppedLines how many lines before those were dropped
 */
public record ProgressReport(
    JobId job, int attempt, Long done, Long total, List<String> lines, int droppedLines) {

  public ProgressReport {
    lines = List.copyOf(lines);
  }
}
