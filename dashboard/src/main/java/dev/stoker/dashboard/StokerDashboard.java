package dev.stoker.dashboard;

import dev.stoker.Stoker;
import dev.stoker.monitoring.BulkChanges;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Stoker's web dashboard on a port of its own, on an embedded Jetty, bound to 127.0.0.1 unless told
 * otherwise. It prints nothing: ask it for its {@link #uri()}.
 *
 * <pre>{@code
 * StokerDashboard dashboard = StokerDashboard.start(stoker, 8080);  // http://127.0.0.1:8080/
 *
 * StokerDashboard.builder(stoker)
 *     .host("0.0.0.0").port(8080).path("/stoker")
 *     .authorization(request -> ...)                    // required for anyone but localhost
 *     .redactArguments(ArgumentRedactor.fields("email"))
 *     .start();
 *
 * HttpServlet servlet = StokerDashboard.builder(stoker).servlet();  // mount it at /stoker/*
 * }</pre>
 */
public final class StokerDashboard implements AutoCloseable {

  private final Server server;
  private final URI uri;

  private StokerDashboard(Server server, URI uri) {
    this.server = server;
    this.uri = uri;
  }

  /**
   * Starts the dashboard on 127.0.0.1 at the port (0 for any free one), answering local requests.
   */
  public static StokerDashboard start(Stoker stoker, int port) {
    return builder(stoker).port(port).start();
  }

  /** Starts configuring a dashboard of the Stoker. */
  public static Builder builder(Stoker stoker) {
    return new Builder(stoker);
  }

  /** Where the dashboard answers, such as {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    return uri;
  }

  /** The port it listens on. */
  public int port() {
    return uri.getPort();
  }

  /** Stops the dashboard; the Stoker goes on. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot stop the dashboard at " + uri, e);
    }
  }

  /** Configures a dashboard; every setting has a default. */
  public static final class Builder {

    private final Stoker stoker;
    private String host = "127.0.0.1";
    private int port = 8080;
    private String path = "/";
    private DashboardAuthorization authorization = DashboardAuthorization.localOnly();
    private ArgumentRedactor redactor = ArgumentRedactor.NONE;
    private int bulkBatch = BulkChanges.DEFAULT_BATCH;
    private Duration bulkPause = Duration.ofMillis(20);

    private Builder(Stoker stoker) {
      this.stoker = Objects.requireNonNull(stoker, "stoker");
    }

    /** The address to listen on; default 127.0.0.1, so that only this machine can connect. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port to listen on; default 8080, 0 for any free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("A port is 0 to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** The path the standalone dashboard answers under, such as "/stoker"; default "/". */
    public Builder path(String path) {
      String trimmed = Objects.requireNonNull(path, "path").strip();
      if (!trimmed.startsWith("/") || trimmed.contains("//") || trimmed.contains("..")) {
        throw new IllegalArgumentException(
            "The dashboard's path starts with '/' and has no empty or '..' segment: '"
                + path
                + "'");
      }
      this.path =
          trimmed.endsWith("/") && trimmed.length() > 1
              ? trimmed.substring(0, trimmed.length() - 1)
              : trimmed;
      return this;
    }

    /**
     * Decides what each request may see and do. Without one, only requests from this machine whose
     * Host header names it are answered (with full access); every other gets 403.
     */
    public Builder authorization(DashboardAuthorization authorization) {
      this.authorization = Objects.requireNonNull(authorization, "authorization");
      return this;
    }

    /** Hides or redacts job arguments wherever the dashboard would show them. */
    public Builder redactArguments(ArgumentRedactor redactor) {
      this.redactor = Objects.requireNonNull(redactor, "redactor");
      return this;
    }

    /**
     * How "requeue all" and "delete all" go through the jobs they select: {@code batch} jobs at a
     * time (default 500), with {@code pause} between batches (default 20 ms) to leave the database
     * to the servers.
     */
    public Builder bulkBatches(int batch, Duration pause) {
      new BulkChanges(stoker.monitoring(), batch, pause); // Checks both now, not at the first use.
      this.bulkBatch = batch;
      this.bulkPause = pause;
      return this;
    }

    /** The dashboard as a servlet, to mount in an existing container under a path. */
    public StokerDashboardServlet servlet() {
      return new StokerDashboardServlet(
          new Dashboard(
              stoker,
              authorization,
              redactor,
              new BulkChanges(stoker.monitoring(), bulkBatch, bulkPause)));
    }

    /** Starts the dashboard on its own Jetty server. */
    public StokerDashboard start() {
      QueuedThreadPool threads = new QueuedThreadPool();
      threads.setName("stoker-dashboard");
      // Live graphs hold a request open each: virtual threads make that cheap.
      threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
      Server server = new Server(threads);
      ServerConnector connector = new ServerConnector(server);
      connector.setHost(host);
      connector.setPort(port);
      server.addConnector(connector);
      ServletContextHandler context = new ServletContextHandler();
      context.setContextPath(path);
      context.addServlet(new ServletHolder("stoker-dashboard", servlet()), "/*");
      server.setHandler(context);
      try {
        server.start();
      } catch (Exception e) {
        try {
          server.stop();
        } catch (Exception ignored) {
          // Nothing was started.
        }
        throw new IllegalStateException(
            "Cannot start the dashboard on " + host + ":" + port + ": " + e.getMessage(), e);
      }
      String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
      return new StokerDashboard(
          server,
          URI.create(
              "http://"
                  + (shown.contains(":") ? "[" + shown + "]" : shown)
                  + ":"
                  + connector.getLocalPort()
                  + (path.equals("/") ? "/" : path + "/")));
    }
  }
}
