package dev.stoker.dashboard;

import dev.stoker.monitoring.EndedJobs;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart of ended jobs per span, drawn as SVG rectangles on the server: the attributes carry
 * the geometry, so the Content-Security-Policy needs no inline style, and the page no script.
 *
 * @param id the element's id
 * @param title what it shows
 * @param bars one per span, oldest first
 * @param succeeded jobs succeeded over all spans
 * @param failed jobs failed over all spans
 * @param retried failed attempts retried over all spans
 * @param countedAt when the counts were read
 */
record HistoryChart(
    String id,
    String title,
    List<HistoryChart.Bar> bars,
    long succeeded,
    long failed,
    long retried,
    Instant countedAt) {

  static final int WIDTH = 720;
  static final int HEIGHT = 120;

  /** A span's bar: succeeded stacked on failed, with the numbers in its tooltip. */
  record Bar(
      String label,
      EndedJobs span,
      int x,
      int width,
      int succeededY,
      int succeededHeight,
      int failedY,
      int failedHeight) {}

  static HistoryChart of(
      String id, String title, List<EndedJobs> spans, DateTimeFormatter label, Instant countedAt) {
    long highest = 1;
    long succeeded = 0;
    long failed = 0;
    long retried = 0;
    for (EndedJobs span : spans) {
      highest = Math.max(highest, span.succeeded() + span.failed());
      succeeded += span.succeeded();
      failed += span.failed();
      retried += span.retried();
    }
    int slot = WIDTH / Math.max(1, spans.size());
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      EndedJobs span = spans.get(i);
      int failedHeight = height(span.failed(), highest);
      int succeededHeight = height(span.succeeded(), highest);
      bars.add(
          new Bar(
              label.format(span.from().atOffset(ZoneOffset.UTC)),
              span,
              i * slot + 1,
              Math.max(1, slot - 2),
              HEIGHT - failedHeight - succeededHeight,
              succeededHeight,
              HEIGHT - failedHeight,
              failedHeight));
    }
    return new HistoryChart(id, title, bars, succeeded, failed, retried, countedAt);
  }

  /** A count's height; any count above zero shows at least a pixel. */
  private static int height(long count, long highest) {
    return count == 0 ? 0 : (int) Math.max(1, count * HEIGHT / highest);
  }
}
