package dev.stoker.dashboard;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * Decides what each request may do on the dashboard. Without one, the dashboard answers only {@link
 * #localOnly() local requests}.
 *
 * <pre>{@code
 * StokerDashboard.builder(stoker)
 *     .authorization(request -> {
 *       Principal user = request.principal();
 *       if (user == null) return DashboardAccess.none();
 *       return isAdmin(user) ? DashboardAccess.full().as(user.getName()) : DashboardAccess.readOnly();
 *     })
 * }</pre>
 */
@FunctionalInterface
public interface DashboardAuthorization {

  /** What the request may do; {@link DashboardAccess#none()} answers it with 403. */
  DashboardAccess authorize(DashboardRequest request);

  /**
   * The default: full access for requests from a loopback address whose {@code Host} header names
   * this machine ({@code localhost}, {@code 127.0.0.1} or {@code [::1]}, any port), none for any
   * other. The {@code Host} check defeats DNS rebinding, and a reverse proxy on this machine that
   * forwards outside requests with their own host name does not pass it; nor does a request that
   * says it was forwarded ({@code Forwarded}, {@code X-Forwarded-For}, {@code X-Forwarded-Host},
   * {@code X-Real-IP}), whoever sent it.
   */
  static DashboardAuthorization localOnly() {
    return request ->
        request.remoteAddress() != null
                && request.remoteAddress().isLoopbackAddress()
                && isLocalHost(request.header("Host"))
                && !wasForwarded(request)
            ? DashboardAccess.full()
            : DashboardAccess.none();
  }

  /** Whether the request carries a header a proxy adds: then it came from somewhere else. */
  private static boolean wasForwarded(DashboardRequest request) {
    return Stream.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP")
        .anyMatch(header -> request.header(header) != null);
  }

  private static boolean isLocalHost(String host) {
    if (host == null) {
      return false;
    }
    String name = host.strip().toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      int end = name.indexOf(']');
      return end > 0 && name.substring(1, end).equals("::1") && isPortOrEmpty(name, end + 1);
    }
    int colon = name.indexOf(':');
    String hostName = colon < 0 ? name : name.substring(0, colon);
    return (hostName.equals("localhost") || hostName.equals("127.0.0.1"))
        && (colon < 0 || isPortOrEmpty(name, colon));
  }

  private static boolean isPortOrEmpty(String host, int from) {
    return from == host.length()
        || (host.charAt(from) == ':' && host.substring(from + 1).matches("[0-9]{1,5}"));
  }
}
