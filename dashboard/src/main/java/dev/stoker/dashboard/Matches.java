package dev.stoker.dashboard;

import dev.stoker.monitoring.JobFilter;
import dev.stoker.monitoring.JobPage;
import dev.stoker.monitoring.Monitoring;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * How many jobs a list's filter selects, as the list says it. A list of one page counts its rows; a
 * longer one is counted only when a person asks ("count matches"), up to {@link
 * Monitoring#COUNT_BOUND} and for at most {@link #TIME_LIMIT}: a count over a sparse filter can
 * read a million rows, which no page should pay for unasked.
 *
 * @param text the count as the list shows it: "12", "10,000+", "more than 50"
 * @param exact the count, if it is exact; -1 if not
 * @param countable whether counting on request would tell more than the list shows
 * @param cut whether a count was asked and the database stopped it at the time limit
 */
record Matches(String text, long exact, boolean countable, boolean cut) {

  /** How long a count on request may take before the database stops it. */
  static final Duration TIME_LIMIT = Duration.ofSeconds(1);

  static Matches of(Monitoring monitoring, JobFilter filter, JobPage page, boolean asked) {
    long rows = page.jobs().size();
    if (page.older() == null && page.newer() == null) {
      return exact(rows);
    }
    String atLeast = "more than " + Formats.count(rows);
    if (!asked) {
      return new Matches(atLeast, -1, true, false);
    }
    OptionalLong counted = monitoring.count(filter, Monitoring.COUNT_BOUND, TIME_LIMIT);
    if (counted.isEmpty()) {
      return new Matches(atLeast, -1, false, true);
    }
    if (counted.getAsLong() >= Monitoring.COUNT_BOUND) {
      return new Matches(Formats.count(Monitoring.COUNT_BOUND) + "+", -1, false, false);
    }
    return exact(counted.getAsLong());
  }

  private static Matches exact(long count) {
    return new Matches(Formats.count(count), count, false, false);
  }

  /** "12 jobs match", "1 job matches". */
  String sentence() {
    return text + (exact == 1 ? " job matches" : " jobs match");
  }

  /** "all 12" when counted, "all" when not: what a bulk change's button says it changes. */
  String all() {
    return exact >= 0 || text.endsWith("+") ? "all " + text : "all";
  }

  /** Whether any job matches, so that bulk changes of them make sense. */
  boolean any() {
    return exact != 0;
  }
}
