package dev.stoker.job;

import dev.stoker.JobClient;
import java.util.Objects;

/**
 * The client that the generated static calls ({@code WelcomeEmailJobs.enqueue(userId)}) use: the
 * one bound to the calling thread if there is one, else the one installed for the whole JVM.
 *
 * <p>Starting a Stoker installs its client for the JVM unless another Stoker's is installed
 * already: the first one keeps it until it closes, and the second says so in its log. A client
 * bound to a thread ({@link #bindToCurrentThread}) wins on that thread, so that tests running in
 * parallel each reach their own Stoker.
 */
public final class InstalledClient {

  private static volatile JobClient installed; // written under InstalledClient.class
  private static final ThreadLocal<JobClient> bound = new ThreadLocal<>();

  private InstalledClient() {}

  /**
   * Makes the client the one that static job calls use, unless another client is installed: then
   * nothing changes and this returns false.
   */
  public static synchronized boolean install(JobClient client) {
    Objects.requireNonNull(client, "client");
    if (installed != null && installed != client) {
      return false;
    }
    installed = client;
    return true;
  }

  /** Uninstalls the client if it is still the installed one. */
  public static synchronized void uninstall(JobClient client) {
    if (installed == client) {
      installed = null;
    }
  }

  /**
   * Makes the static job calls made on the calling thread use the client, whatever is installed for
   * the JVM, until the returned binding is closed on the same thread; closing it restores the
   * binding it replaced.
   */
  public static Binding bindToCurrentThread(JobClient client) {
    Objects.requireNonNull(client, "client");
    JobClient previous = bound.get();
    bound.set(client);
    return new Binding(Thread.currentThread(), client, previous);
  }

  /** A client bound to one thread; close it on that thread. */
  public static final class Binding implements AutoCloseable {

    private final Thread thread;
    private final JobClient client;
    private final JobClient previous;

    private Binding(Thread thread, JobClient client, JobClient previous) {
      this.thread = thread;
      this.client = client;
      this.previous = previous;
    }

    @Override
    public void close() {
      if (Thread.currentThread() != thread) {
        throw new IllegalStateException(
            "A client bound to thread " + thread.getName() + " must be unbound on that thread");
      }
      if (bound.get() == client) {
        if (previous == null) {
          bound.remove();
        } else {
          bound.set(previous);
        }
      }
    }
  }

  /** The installed client; throws a clear error, naming the job, when there is none. */
  static JobClient require(JobDefinition job) {
    JobClient client = bound.get();
    if (client == null) {
      client = installed;
    }
    if (client == null) {
      throw new IllegalStateException(
          "Cannot submit job '"
              + job.name()
              + "': no Stoker client is installed for thread "
              + Thread.currentThread().getName()
              + ". Start Stoker first (Stoker.builder().dataSource(dataSource)...start(), or"
              + " Stoker.inMemory() in tests), or pass a client explicitly with using(client). A"
              + " @StokerTest binds its Stoker to the test's own thread only: from threads the"
              + " test starts, use using(stoker.client()).");
    }
    return client;
  }
}
