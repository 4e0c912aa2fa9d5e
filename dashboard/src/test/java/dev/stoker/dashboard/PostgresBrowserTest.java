package dev.stoker.dashboard;

import dev.stoker.Stoker;
import dev.stoker.testing.TestDatabase;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The browser suite on PostgreSQL, with the dashboard's servlet mounted at /ops/stoker/* of an
 * application's own servlet container, as Spring Boot would mount it.
 */
class PostgresBrowserTest extends BrowserSuite {

  private Server server;

  @Override
  TestDatabase database() {
    return TestDatabase.POSTGRES;
  }

  @Override
  URI startDashboard(Stoker stoker) throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler application = new ServletContextHandler();
    application.setContextPath("/ops");
    application.addServlet(
        new ServletHolder(
            StokerDashboard.builder(stoker).bulkBatches(BULK_BATCH, BULK_PAUSE).servlet()),
        "/stoker/*");
    server.setHandler(application);
    server.start();
    return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/ops/stoker/");
  }

  @Override
  void stopDashboard() throws Exception {
    server.stop();
  }
}
