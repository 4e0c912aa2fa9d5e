package dev.stoker.spring;

import dev.stoker.JobClient;
import dev.stoker.Stoker;
import dev.stoker.job.InstalledClient;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;

/**
 * Starts Stoker's server with the application context and stops it gracefully with it: running jobs
 * get the shutdown grace to finish, and those still running then are handed back to their queue.
 * Jobs can be created from the moment this bean exists; they run once the context started.
 */
final class StokerLifecycle implements SmartLifecycle, DisposableBean {

  /**
   * Below the web server's graceful shutdown ({@code DEFAULT_PHASE - 1024}) and its stop ({@code
   * DEFAULT_PHASE - 2048}): jobs run before the first request comes in, and the requests still
   * being served at shutdown can create jobs until the last one is answered.
   */
  static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

  private final Stoker stoker;
  private final TransactionAwareJobClient client;
  private volatile boolean running;
  private boolean closed;

  StokerLifecycle(Stoker stoker, DataSource dataSource) {
    this.stoker = stoker;
    this.client = new TransactionAwareJobClient(stoker.client(), dataSource);
    // The generated static calls (WelcomeEmailJobs.enqueue) join Spring's transactions too.
    InstalledClient.install(client);
  }

  Stoker stoker() {
    return stoker;
  }

  JobClient client() {
    return client;
  }

  @Override
  public void start() {
    stoker.start();
    running = true;
  }

  @Override
  public void stop() {
    close();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  /** Closes Stoker also when the context never started, as when its refresh failed. */
  @Override
  public void destroy() {
    close();
  }

  private synchronized void close() {
    if (!closed) {
      closed = true;
      running = false;
      InstalledClient.uninstall(client);
      stoker.close();
    }
  }
}
