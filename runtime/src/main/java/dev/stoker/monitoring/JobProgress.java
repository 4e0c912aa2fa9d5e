package dev.stoker.monitoring;

import dev.stoker.JobId;
import java.time.Instant;
import java.util.List;

/**
 * What a job said of itself through {@code JobContext.progress} and {@code JobContext.log}, as last
 * written: while it runs, a little behind it (see the README's "Progress and job logs").
 *
 * @param job the job
 * @param attempt the attempt that reported it; a new attempt starts afresh
 * @param done how much is done, or null if the job reported no progress
 * @param total how much there is to do, or null if the job reported no progress
 * @param lines the last log lines, oldest first
 * @param droppedLines how many lines before those were dropped, to keep the size bounded
 * @param updatedAt when it was written
 */
public record JobProgress(
    JobId job,
    int attempt,
    Long done,
    Long total,
    List<String> lines,
    int droppedLines,
    Instant updatedAt) {

  public JobProgress {
    lines = List.copyOf(lines);
  }

  /** Done out of total as a percentage from 0 to 100, or null without progress or a total. */
  public Integer percent() {
    if (done == null || total == null || total <= 0) {
      return null;
    }
    return (int) Math.clamp(done * 100 / total, 0, 100);
  }
}
