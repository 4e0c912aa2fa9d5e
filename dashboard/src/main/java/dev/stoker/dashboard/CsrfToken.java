package dev.stoker.dashboard;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token every action posts: a random value kept in an HttpOnly, SameSite=Strict cookie and
 * repeated in each form. Another site can neither read the cookie nor learn the value, so it cannot
 * post a form that matches (the double-submit pattern; the origin is checked as well).
 */
final class CsrfToken {

  static final String COOKIE = "stoker-csrf";
  static final String FIELD = "csrf";

  private static final SecureRandom RANDOM = new SecureRandom();

  private CsrfToken() {}

  /** The request's token, or a new one set as a cookie on the response. */
  static String of(HttpServletRequest request, HttpServletResponse response) {
    String existing = fromCookie(request);
    if (existing != null) {
      return existing;
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    // Written by hand, so that SameSite is set whatever the container's cookie support.
    response.addHeader(
        "Set-Cookie",
        COOKIE
            + "="
            + token
            + "; Path=/; HttpOnly; SameSite=Strict"
            + (request.isSecure() ? "; Secure" : ""));
    return token;
  }

  /** Whether the posted token matches the cookie. */
  static boolean matches(HttpServletRequest request) {
    String cookie = fromCookie(request);
    String posted = request.getParameter(FIELD);
    return cookie != null
        && posted != null
        && MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.UTF_8), posted.getBytes(StandardCharsets.UTF_8));
  }

  private static String fromCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return null;
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
        return cookie.getValue();
      }
    }
    return null;
  }
}
