package dev.stoker.dashboard;

import dev.stoker.Stoker;
import dev.stoker.monitoring.BulkChanges;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request: security headers first, then the authorization hook's decision, then the
 * page, file or action asked for.
 */
final class Dashboard implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Dashboard.class);

  private final DashboardAuthorization authorization;
  private final LiveThroughput live;
  private final StaticFiles files = new StaticFiles();
  private final Problems problems;
  private final OverviewPage overview;
  private final JobListPage jobList;
  private final JobDetailPage jobDetail;
  private final ListPages lists;
  private final Search search;
  private final ThroughputApi throughput;
  private final Actions actions;
  private final BulkPage bulkPage;

  Dashboard(
      Stoker stoker,
      DashboardAuthorization authorization,
      ArgumentRedactor redactor,
      BulkChanges bulk) {
    this.authorization = authorization;
    TemplateEngine templates =
        TemplateEngine.createPrecompiled(
            null, ContentType.Html, Dashboard.class.getClassLoader(), "dev.stoker.dashboard");
    this.live = new LiveThroughput(stoker.monitoring());
    this.problems = new Problems(templates);
    this.overview = new OverviewPage(stoker, templates);
    this.jobList = new JobListPage(stoker, templates, redactor);
    this.jobDetail = new JobDetailPage(stoker, templates, redactor, problems);
    this.lists = new ListPages(stoker, templates, redactor);
    this.search = new Search(stoker);
    this.throughput = new ThroughputApi(live);
    this.bulkPage = new BulkPage(bulk, templates, problems);
    this.actions = new Actions(stoker, problems, bulk, bulkPage);
  }

  void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
    SecurityHeaders.apply(response);
    DashboardAccess access = authorization.authorize(describe(request));
    if (access == null || !access.canRead()) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/plain; charset=utf-8");
      response
          .getWriter()
          .write(
              "403 Forbidden: this request may not see this Stoker dashboard. Without an"
                  + " authorization hook it answers only requests from this machine (localhost,"
                  + " not forwarded by a proxy); with one, the hook decides: sign in, or ask for"
                  + " access.\n");
      return;
    }
    if (request.getPathInfo() == null || request.getPathInfo().isEmpty()) {
      // Mounted at /stoker and asked for /stoker: relative links need the trailing slash.
      String uri = request.getRequestURI();
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader("Location", uri.substring(uri.lastIndexOf('/') + 1) + "/");
      return;
    }
    Exchange exchange = new Exchange(request, response, access, user(access, request));
    try {
      switch (request.getMethod()) {
        case "GET", "HEAD" -> get(exchange);
        case "POST" -> actions.post(exchange);
        default -> {
          response.setHeader("Allow", "GET, HEAD, POST");
          response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
      }
    } catch (IllegalArgumentException e) {
      problems.badRequest(exchange, e.getMessage());
    } catch (IllegalStateException e) {
      problems.show(exchange, HttpServletResponse.SC_CONFLICT, "Not possible now", e.getMessage());
    } catch (RuntimeException e) {
      log.error(
          "The dashboard cannot answer {} {}", request.getMethod(), request.getRequestURI(), e);
      if (!response.isCommitted()) {
        response.reset();
        SecurityHeaders.apply(response);
        problems.show(
            exchange,
            HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
            "Something went wrong",
            "The dashboard cannot answer this request ("
                + e.getClass().getSimpleName()
                + "): the application's log has the details. The database may be unreachable.");
      }
    }
  }

  private void get(Exchange exchange) throws IOException {
    List<String> path = exchange.path();
    String first = exchange.segment(0);
    switch (path.size()) {
      case 0 -> overview.show(exchange);
      case 1 -> {
        switch (first) {
          case "jobs" -> jobList.show(exchange);
          case "queues" -> lists.queues(exchange);
          case "recurring" -> lists.recurring(exchange);
          case "servers" -> lists.servers(exchange);
          case "batches" -> lists.batches(exchange);
          case "search" -> search.find(exchange);
          default -> notFound(exchange);
        }
      }
      case 2 -> {
        switch (first) {
          case "jobs" -> jobDetail.show(exchange, exchange.segment(1));
          case "bulk" -> bulkPage.show(exchange, exchange.segment(1));
          case "static" -> {
            if (!files.serve(exchange.segment(1), exchange.response)) {
              notFound(exchange);
            }
          }
          case "api" -> {
            if (exchange.segment(1).equals("throughput")) {
              throughput.json(exchange);
            } else {
              notFound(exchange);
            }
          }
          default -> notFound(exchange);
        }
      }
      case 3 -> {
        if (path.equals(List.of("api", "throughput", "stream"))) {
          throughput.stream(exchange);
        } else {
          notFound(exchange);
        }
      }
      default -> notFound(exchange);
    }
  }

  private void notFound(Exchange exchange) throws IOException {
    problems.notFound(exchange, "There is no page at this address.");
  }

  private static DashboardRequest describe(HttpServletRequest request) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.put(name, Collections.list(request.getHeaders(name)));
    }
    return new DashboardRequest(
        address(request.getRemoteAddr()), headers, request.getUserPrincipal());
  }

  private static InetAddress address(String literal) {
    try {
      // The container gives a literal address: no name is looked up.
      return literal == null ? null : InetAddress.getByName(literal);
    } catch (UnknownHostException unknown) {
      log.debug("Cannot read the remote address {}", literal);
      return null;
    }
  }

  /** Who acts: the name the access gives, else the principal's, else the address. */
  private static String user(DashboardAccess access, HttpServletRequest request) {
    if (access.user() != null) {
      return access.user();
    }
    if (request.getUserPrincipal() != null) {
      return request.getUserPrincipal().getName();
    }
    return "dashboard user at " + request.getRemoteAddr();
  }

  @Override
  public void close() {
    live.close();
  }
}
