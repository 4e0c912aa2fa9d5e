package dev.stoker.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a POST comes from the dashboard's own pages: browsers say where a request comes from in
 * {@code Sec-Fetch-Site} and {@code Origin}, and a form posted from another site says so in both. A
 * request with neither (not sent by a browser) is left to the token check.
 */
final class SameOrigin {

  private SameOrigin() {}

  static boolean check(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return false;
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return true;
    }
    String host = forwardedHost(request);
    return host != null && host.equalsIgnoreCase(hostOf(origin));
  }

  /** The host the browser addressed: the proxy's forwarded host if there is one, else Host. */
  private static String forwardedHost(HttpServletRequest request) {
    String forwarded = request.getHeader("X-Forwarded-Host");
    if (forwarded != null && !forwarded.isBlank()) {
      return forwarded.split(",")[0].strip();
    }
    return request.getHeader("Host");
  }

  private static String hostOf(String origin) {
    try {
      URI uri = new URI(origin);
      if (uri.getHost() == null) {
        return null;
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
