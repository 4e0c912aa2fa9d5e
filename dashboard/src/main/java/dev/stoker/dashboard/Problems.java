package dev.stoker.dashboard;

import gg.jte.TemplateEngine;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Pages that say what went wrong: a job that is not there, a bad link, a refused action. */
final class Problems {

  private final TemplateEngine templates;

  Problems(TemplateEngine templates) {
    this.templates = templates;
  }

  void notFound(Exchange exchange, String message) throws IOException {
    show(exchange, HttpServletResponse.SC_NOT_FOUND, "Not found", message);
  }

  void badRequest(Exchange exchange, String message) throws IOException {
    show(exchange, HttpServletResponse.SC_BAD_REQUEST, "Bad request", message);
  }

  void forbidden(Exchange exchange, String message) throws IOException {
    show(exchange, HttpServletResponse.SC_FORBIDDEN, "Forbidden", message);
  }

  void show(Exchange exchange, int status, String title, String message) throws IOException {
    exchange.render(
        templates, status, "problem.jte", new Views.Problem(exchange.page(title, "none"), message));
  }
}
