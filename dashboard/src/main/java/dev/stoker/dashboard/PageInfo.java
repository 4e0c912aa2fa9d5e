package dev.stoker.dashboard;

/**
 * What the layout of every page needs.
 *
 * @param title the page's title
 * @param section the navigation entry it belongs to
 * @param base the relative URL of the dashboard's root
 * @param access what the viewer may do
 * @param csrf the token the page's forms post
 * @param notice what the last action did, or null
 * @param user who the viewer acts as
 */
record PageInfo(
    String title,
    String section,
    String base,
    DashboardAccess access,
    String csrf,
    String notice,
    String user) {

  boolean can(DashboardAction action) {
    return access.permits(action);
  }

  boolean canAny(DashboardAction first, DashboardAction second) {
    return access.permits(first) || access.permits(second);
  }
}
