package dev.stoker.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;

/**
 * The live graph's data: as server-sent events, one per sampled second, or as JSON for the page's
 * polling fallback. A stream ends after a minute and the browser opens the next one, so that no
 * request holds a thread for long.
 */
final class ThroughputApi {

  private static final Duration STREAM_LENGTH = Duration.ofSeconds(55);
  private static final long HISTORY_SECONDS = 120;

  private final LiveThroughput live;

  ThroughputApi(LiveThroughput live) {
    this.live = live;
  }

  /** {@code {"samples":[[second, succeeded, failed], ...]}} after the {@code after} second. */
  void json(Exchange exchange) throws IOException {
    exchange.sendText(
        HttpServletResponse.SC_OK,
        "application/json; charset=utf-8",
        "{\"samples\":" + array(live.after(after(exchange))) + "}");
  }

  void stream(Exchange exchange) throws IOException {
    HttpServletResponse response = exchange.response;
    response.setContentType("text/event-stream; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Accel-Buffering", "no"); // nginx: pass each event on at once
    PrintWriter out = response.getWriter();
    out.write("retry: 2000\n\n");
    long last = after(exchange);
    long end = System.nanoTime() + STREAM_LENGTH.toNanos();
    try {
      while (System.nanoTime() - end < 0 && !out.checkError()) {
        List<LiveThroughput.Sample> samples = live.after(last);
        if (!samples.isEmpty()) {
          out.write("data: " + array(samples) + "\n\n");
          last = samples.getLast().second();
        }
        out.flush();
        Thread.sleep(1000); // the pace of the stream, one sample a second
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long after(Exchange exchange) {
    String after = exchange.parameter("after");
    if (after != null && after.matches("[0-9]{1,12}")) {
      return Long.parseLong(after);
    }
    return Instant.now().getEpochSecond() - HISTORY_SECONDS;
  }

  private static String array(List<LiveThroughput.Sample> samples) {
    StringJoiner json = new StringJoiner(",", "[", "]");
    for (LiveThroughput.Sample s : samples) {
      json.add("[" + s.second() + "," + s.succeeded() + "," + s.failed() + "]");
    }
    return json.toString();
  }
}
