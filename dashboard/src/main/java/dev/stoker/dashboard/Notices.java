package dev.stoker.dashboard;

import java.util.Map;

/**
 * What the last action did, shown once on the page it led back to. The page is told which action
 * and how many it changed, never the words, so that a link cannot make the dashboard say anything.
 */
final class Notices {

  private record Done(String verb, String noun) {}

  private static final Map<String, Done> DONE =
      Map.of(
          "requeued", new Done("Requeued", "job"),
          "deleted", new Done("Deleted", "job"),
          "triggered", new Done("Triggered", "recurring job"),
          "removed", new Done("Removed", "recurring job"),
          "paused", new Done("Paused", "queue"),
          "resumed", new Done("Resumed", "queue"));

  private Notices() {}

  /** The query string that tells the page: {@code done=requeued&ok=3&failed=1}. */
  static String query(String done, int succeeded, int failed) {
    return "done=" + done + "&ok=" + succeeded + (failed > 0 ? "&failed=" + failed : "");
  }

  static String of(Exchange exchange) {
    String code = exchange.parameter("done");
    Done done = code == null ? null : DONE.get(code);
    if (done == null) {
      return null;
    }
    int ok = number(exchange.parameter("ok"));
    int failed = number(exchange.parameter("failed"));
    String text = done.verb() + " " + ok + " " + done.noun() + (ok == 1 ? "" : "s");
    return failed == 0
        ? text + "."
        : text + "; " + failed + " could not be, in the state they were in.";
  }

  private static int number(String text) {
    return text != null && text.matches("[0-9]{1,6}") ? Integer.parseInt(text) : 0;
  }
}
