package dev.stoker.spring;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The {@code stoker.*} properties, with Stoker's defaults. */
@ConfigurationProperties("stoker")
public class StokerProperties {

  /**
   * Bean name of the DataSource Stoker keeps its jobs in. Needed only when the context has several
   * DataSources and none of them is @Primary; otherwise Stoker takes the application's one.
   */
  private String dataSource;

  /**
   * How long SUCCEEDED and DELETED jobs are kept, with their history, before they are removed.
   * FAILED jobs stay until a person requeues or deletes them.
   */
  private Duration retention = Duration.ofDays(1);

  /** The largest arguments a job may have, as JSON. */
  private DataSize maxArgumentSize = DataSize.ofKilobytes(64);

  private final Server server = new Server();

  private final Dashboard dashboard = new Dashboard();

  public String getDataSource() {
    return dataSource;
  }

  public void setDataSource(String dataSource) {
    this.dataSource = dataSource;
  }

  public Duration getRetention() {
    return retention;
  }

  public void setRetention(Duration retention) {
    this.retention = retention;
  }

  public DataSize getMaxArgumentSize() {
    return maxArgumentSize;
  }

  public void setMaxArgumentSize(DataSize maxArgumentSize) {
    this.maxArgumentSize = maxArgumentSize;
  }

  public Server getServer() {
    return server;
  }

  public Dashboard getDashboard() {
    return dashboard;
  }

  /** The server that runs jobs on this node. */
  public static class Server {

    /**
     * Whether this node runs jobs. Turn it off on a node that only creates them (a web node whose
     * jobs run elsewhere): its health then reads UP with "server disabled".
     */
    private boolean enabled = true;

    /** How many jobs run at once on this node. Default 5 per core, at most 20. */
    private Integer workers;

    /**
     * The queues this node serves, the first one first. Default: every queue the @Job methods on
     * the classpath use.
     */
    private List<String> queues;

    /** The longest the server waits before looking for new jobs. */
    private Duration pollInterval = Duration.ofSeconds(1);

    /**
     * How often the server tells the others it is alive, stops the jobs it runs that were deleted,
     * and looks for dead servers and expired jobs.
     */
    private Duration heartbeatInterval = Duration.ofSeconds(5);

    /**
     * How old, by the database's clock, a server's last heartbeat may be before the others take it
     * for dead and hand its jobs back; at least twice the heartbeat interval. The health indicator
     * reads DOWN once this server's own heartbeat is that old.
     */
    private Duration timeout = Duration.ofMinutes(1);

    /**
     * How long running jobs may take to finish when the application shuts down; those still running
     * then are asked to stop and handed back to their queue.
     */
    private Duration shutdownGrace = Duration.ofSeconds(30);

    /**
     * Whether the server listens for jobs created elsewhere (PostgreSQL LISTEN/NOTIFY) to start
     * them within milliseconds. Turn it off behind a pooler that does not keep sessions, such as
     * PgBouncer in transaction mode.
     */
    private boolean listenForNewJobs = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Integer getWorkers() {
      return workers;
    }

    public void setWorkers(Integer workers) {
      this.workers = workers;
    }

    public List<String> getQueues() {
      return queues;
    }

    public void setQueues(List<String> queues) {
      this.queues = queues;
    }

    public Duration getPollInterval() {
      return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
      this.pollInterval = pollInterval;
    }

    public Duration getHeartbeatInterval() {
      return heartbeatInterval;
    }

    public void setHeartbeatInterval(Duration heartbeatInterval) {
      this.heartbeatInterval = heartbeatInterval;
    }

    public Duration getTimeout() {
      return timeout;
    }

    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }

    public Duration getShutdownGrace() {
      return shutdownGrace;
    }

    public void setShutdownGrace(Duration shutdownGrace) {
      this.shutdownGrace = shutdownGrace;
    }

    public boolean isListenForNewJobs() {
      return listenForNewJobs;
    }

    public void setListenForNewJobs(boolean listenForNewJobs) {
      this.listenForNewJobs = listenForNewJobs;
    }
  }

  /**
   * The dashboard, served by the stoker-dashboard module in the application's own web server.
   * Without that module on the classpath these properties have no effect.
   */
  public static class Dashboard {

    private static final Pattern VALID_PATH =
        Pattern.compile("(/(?!\\.{1,2}(/|$))[A-Za-z0-9._~-]+)+");

    /** Whether the dashboard is served, when stoker-dashboard is on the classpath. */
    private boolean enabled = true;

    /**
     * The path the dashboard is served under, in the application's web server (below its context
     * path), such as /stoker or /ops/jobs.
     */
    private String path = "/stoker";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPath() {
      return path;
    }

    /** Takes "/ops/jobs" as "/ops/jobs/" and refuses a path that no servlet can be mapped to. */
    public void setPath(String path) {
      String trimmed = path == null ? "" : path.strip();
      if (trimmed.endsWith("/")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      if (!VALID_PATH.matcher(trimmed).matches()) {
        throw new IllegalArgumentException(
            "stoker.dashboard.path is one or more segments below the application's root, such as"
                + " /stoker or /ops/jobs, each of letters, digits and - . _ ~ only, and not '.' or"
                + " '..': '"
                + path
                + "' is not (the dashboard cannot take the root '/', which is the application's)");
      }
      this.path = trimmed;
    }
  }
}
