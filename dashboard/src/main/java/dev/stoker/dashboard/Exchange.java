package dev.stoker.dashboard;

import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One request and its response, with what every page and action needs: the path below the
 * dashboard's root, the relative way back to that root (so links work under any prefix and behind
 * any proxy), the access granted, and the form token.
 */
final class Exchange {

  final HttpServletRequest request;
  final HttpServletResponse response;
  final DashboardAccess access;
  private final List<String> path;
  private final String user;

  Exchange(
      HttpServletRequest request,
      HttpServletResponse response,
      DashboardAccess access,
      String user) {
    this.request = request;
    this.response = response;
    this.access = access;
    this.user = user;
    String info = request.getPathInfo() == null ? "" : request.getPathInfo();
    this.path = Arrays.stream(info.split("/")).filter(part -> !part.isEmpty()).toList();
  }

  /** The path's segments below the dashboard's root: {@code ["jobs", "<id>"]}. */
  List<String> path() {
    return path;
  }

  /** The path segment at the index, or "" if there is none. */
  String segment(int index) {
    return index < path.size() ? path.get(index) : "";
  }

  /** The relative URL of the dashboard's root from this page: "./", "../", "../../". */
  String base() {
    boolean directory = request.getRequestURI().endsWith("/");
    int depth = Math.max(0, path.size() - (directory ? 0 : 1));
    return depth == 0 ? "./" : "../".repeat(depth);
  }

  String parameter(String name) {
    String value = request.getParameter(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Whether the page's script asks for a fresh copy of its live parts, not a person for a page. */
  boolean liveRefresh() {
    return request.getHeader("X-Stoker-Refresh") != null;
  }

  /** Who acts, as the jobs' history names them. */
  String user() {
    return user;
  }

  PageInfo page(String title, String section) {
    return new PageInfo(
        title, section, base(), access, CsrfToken.of(request, response), Notices.of(this), user);
  }

  void render(TemplateEngine templates, String template, Object view) throws IOException {
    render(templates, HttpServletResponse.SC_OK, template, view);
  }

  void render(TemplateEngine templates, int status, String template, Object view)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html; charset=utf-8");
    response.setHeader("Cache-Control", "no-store");
    var writer = response.getWriter();
    templates.render(template, view, new WriterOutput(writer));
    writer.flush();
  }

  /** A 303 to a page given relative to the dashboard's root, itself relative to this request. */
  void redirect(String target) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", base() + target);
  }

  void sendText(int status, String contentType, String body) throws IOException {
    response.setStatus(status);
    response.setContentType(contentType);
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
