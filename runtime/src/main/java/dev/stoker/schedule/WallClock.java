package dev.stoker.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Turns the wall-clock fire times of a cron expression into instants in a time zone, by Stoker's
 * daylight-saving policy: a time that a gap skips runs when the gap ends, shifted by its length
 * (02:30 on a spring-forward day at 03:30), and a time that a repeated hour brings twice runs once,
 * in its first pass (02:30 summer time on a fall-back day).
 */
final class WallClock {

  /** Gaps farther than this from an instant cannot change which fire times come near it. */
  private static final Duration NEAR = Duration.ofDays(2);

  private final ZoneId zone;
  private final ZoneRules rules;

  WallClock(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
  }

  /** The instant a wall-clock fire time runs at. */
  Instant instantOf(LocalDateTime fireTime) {
    ZoneOffsetTransition transition = rules.getTransition(fireTime);
    if (transition == null) {
      return fireTime.atZone(zone).toInstant();
    }
    // In a gap or an overlap, the offset before the change: later in a gap, first pass in an
    // overlap.
    return fireTime.toInstant(transition.getOffsetBefore());
  }

  /** The wall-clock time at an instant. */
  LocalDateTime localTimeOf(Instant instant) {
    return LocalDateTime.ofInstant(instant, zone);
  }

  /**
   * How far {@link #instantOf} can put fire times out of order near the instant: the length of a
   * gap close to it, or zero. Only a gap does it: the times it skips run during the hour after it,
   * among the fire times of that hour.
   */
  Duration disorderNear(Instant instant) {
    Duration longest = Duration.ZERO;
    ZoneOffsetTransition transition = rules.nextTransition(instant.minus(NEAR));
    while (transition != null && !transition.getInstant().isAfter(instant.plus(NEAR))) {
      if (transition.isGap() && transition.getDuration().compareTo(longest) > 0) {
        longest = transition.getDuration();
      }
      transition = rules.nextTransition(transition.getInstant());
    }
    return longest;
  }
}
