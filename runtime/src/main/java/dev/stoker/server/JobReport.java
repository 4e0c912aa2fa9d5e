package dev.stoker.server;

import dev.stoker.storage.ClaimedJob;
import dev.stoker.storage.ProgressReport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * What one running attempt says of itself, kept in memory until the next write: its progress and
 * its last lines, bounded so that a chatty job costs a fixed amount ({@link #MAX_LINES} lines of at
 * most {@link #MAX_LINE_CHARS} chars, {@link #MAX_CHARS} in all); older lines are dropped, and
 * counted.
 */
final class JobReport {

  static final int MAX_LINES = 200;
  static final int MAX_LINE_CHARS = 1_000;
  static final int MAX_CHARS = 16_000;

  private final ClaimedJob job;
  // Guarded by this.
  private final Deque<String> lines = new ArrayDeque<>();
  private int chars;
  private int dropped;
  private Long done;
  private Long total;
  private boolean changed;

  JobReport(ClaimedJob job) {
    this.job = job;
  }

  synchronized void progress(long done, long total) {
    if (done < 0 || total < 0) {
      throw new IllegalArgumentException(
          "Progress must not be negative, got " + done + " of " + total);
    }
    this.done = done;
    this.total = total;
    changed = true;
  }

  synchronized void log(String line) {
    String kept = line == null ? "null" : line.replace("\r\n", " ").replace('\n', ' ');
    if (kept.length() > MAX_LINE_CHARS) {
      kept = kept.substring(0, MAX_LINE_CHARS - 1) + "…";
    }
    lines.addLast(kept);
    chars += kept.length() + 1;
    while (lines.size() > MAX_LINES || chars > MAX_CHARS) {
      chars -= lines.removeFirst().length() + 1;
      dropped++;
    }
    changed = true;
  }

  /** What changed since the last call, or null if nothing did. */
  synchronized ProgressReport takeChange() {
    if (!changed) {
      return null;
    }
    changed = false;
    return new ProgressReport(job.id(), job.attempt(), done, total, List.copyOf(lines), dropped);
  }

  /** Marks the report changed again: its write failed, and the next one carries it. */
  synchronized void unwritten() {
    changed = true;
  }
}
