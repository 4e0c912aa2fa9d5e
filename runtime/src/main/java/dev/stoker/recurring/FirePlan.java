package dev.stoker.recurring;

import java.time.Instant;
import java.util.List;

/**
 * What one recurring job does now: the fire times to create jobs for, oldest first, and its next
 * fire time after them.
 *
 * @param fireTimes the fire times that run now
 * @param nextFireAt the next fire time, or null if the schedule has none
 * @param missed whether fire times were missed (later than a minute), whether or not one runs
 */
public record FirePlan(List<Instant> fireTimes, Instant nextFireAt, boolean missed) {

  public FirePlan {
    fireTimes = List.copyOf(fireTimes);
  }
}
