package dev.stoker.job;

import dev.stoker.JobClient;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The client that the generated static calls ({@code WelcomeEmailJobs.enqueue(userId)}) use: the
 * one bound to the calling thread if there is one, else the one installed for the whole JVM.
 *
 * <p>Starting a Stoker installs its client for the JVM. A Stoker started while another's is
 * installed takes the static calls over and says so in its log; when it closes, they go back to the
 * one before, if that is still open. A client bound to a thread ({@link #bindToCurrentThread}) wins
 * on that thread, so that tests running in parallel each reach their own Stoker.
 */
public final class InstalledClient {

  // Newest last; written under InstalledClient.class, the newest also kept in `installed`.
  private static final Deque<JobClient> stack = new ArrayDeque<>();
  private static volatile JobClient installed;
  private static final ThreadLocal<JobClient> bound = new ThreadLocal<>();

  private InstalledClient() {}

  /**
   * Makes the client the one that static job calls use, until it is uninstalled; returns true if it
   * took them over from another installed client, which gets them back then.
   */
  public static synchronized boolean install(JobClient client) {
    Objects.requireNonNull(client, "client");
    stack.remove(client);
    boolean tookOver = !stack.isEmpty();
    stack.addLast(client);
    installed = client;
    return tookOver;
  }

  /** Uninstalls the client; if it was the one in use, the one installed before it is again. */
  public static synchronized void uninstall(JobClient client) {
    stack.remove(client);
    installed = stack.peekLast();
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
