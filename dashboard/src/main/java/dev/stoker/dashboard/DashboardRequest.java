package dev.stoker.dashboard;

import java.net.InetAddress;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request to the dashboard, as an authorization hook sees it.
 *
 * @param remoteAddress the address the request came from (behind a reverse proxy, the proxy's,
 *     unless the server is configured to take it from forwarded headers)
 * @param headers the request's headers, by name in any case
 * @param principal the authenticated user, if the container or a filter set one; else null
 */
public record DashboardRequest(
    InetAddress remoteAddress, Map<String, List<String>> headers, Principal principal) {

  public DashboardRequest {
    TreeMap<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> byName.put(name, List.copyOf(values)));
    headers = byName;
  }

  /** The first value of the header, or null. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }
}
