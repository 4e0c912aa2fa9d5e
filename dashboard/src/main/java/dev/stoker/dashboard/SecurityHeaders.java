package dev.stoker.dashboard;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every response carries: a Content-Security-Policy that allows the dashboard's own
 * scripts, styles and requests and nothing else (no inline script or style, no framing), no MIME
 * sniffing, and no referrer sent elsewhere.
 */
final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none';"
          + " frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  }
}
