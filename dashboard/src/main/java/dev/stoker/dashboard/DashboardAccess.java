package dev.stoker.dashboard;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a request may do on the dashboard, as a {@link DashboardAuthorization} decides: nothing
 * (403), read, or read and some or all actions. The actions a person may not take are not shown,
 * and the dashboard refuses them if posted anyway.
 *
 * @param canRead whether the pages may be shown at all
 * @param actions the actions permitted
 * @param user who acts, as the jobs' history names them; null to name the request's principal, or
 *     its address
 */
public record DashboardAccess(boolean canRead, Set<DashboardAction> actions, String user) {

  public DashboardAccess {
    actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
    if (!canRead && !actions.isEmpty()) {
      throw new IllegalArgumentException("Access without reading cannot permit actions");
    }
  }

  /** No access: every request gets 403. */
  public static DashboardAccess none() {
    return new DashboardAccess(false, Set.of(), null);
  }

  /** Every page, no action: buttons are hidden and every POST is refused. */
  public static DashboardAccess readOnly() {
    return new DashboardAccess(true, Set.of(), null);
  }

  /** Every page and every action. */
  public static DashboardAccess full() {
    return new DashboardAccess(true, EnumSet.allOf(DashboardAction.class), null);
  }

  /** Every page, and only these actions. */
  public static DashboardAccess only(DashboardAction... actions) {
    return new DashboardAccess(
        true, actions.length == 0 ? Set.of() : EnumSet.of(actions[0], actions), null);
  }

  /** The same access, its actions recorded in the jobs' history as done by {@code user}. */
  public DashboardAccess as(String user) {
    return new DashboardAccess(canRead, actions, Objects.requireNonNull(user, "user"));
  }

  /** Whether the action is permitted. */
  public boolean permits(DashboardAction action) {
    return actions.contains(action);
  }
}
