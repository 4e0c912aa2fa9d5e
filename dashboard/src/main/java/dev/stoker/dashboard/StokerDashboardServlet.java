package dev.stoker.dashboard;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The dashboard as a Jakarta Servlet, to mount under a path of any servlet container (Spring Boot's
 * included) with a mapping such as {@code /stoker/*}. Its links are relative, so it works under any
 * prefix and behind a reverse proxy. Make one with {@link StokerDashboard#builder}{@code
 * (stoker)...servlet()}.
 */
public final class StokerDashboardServlet extends HttpServlet {

  private final transient Dashboard dashboard;

  StokerDashboardServlet(Dashboard dashboard) {
    this.dashboard = dashboard;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    dashboard.handle(request, response);
  }

  /** Stops the live graph's sampling. */
  @Override
  public void destroy() {
    dashboard.close();
  }
}
