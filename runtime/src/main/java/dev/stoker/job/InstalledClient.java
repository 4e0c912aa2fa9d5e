package dev.stoker.job;

import dev.stoker.JobClient;
import java.util.Objects;

/**
 * The client that the generated static calls ({@code WelcomeEmailJobs.enqueue(userId)}) use.
 * Starting Stoker installs its client here; closing it uninstalls it.
 */
public final class InstalledClient {

  private static volatile JobClient installed;

  private InstalledClient() {}

  /** Makes the client the one that static job calls use. */
  public static void install(JobClient client) {
    installed = Objects.requireNonNull(client, "client");
  }

  /** Uninstalls the client if it is still the installed one. */
  public static synchronized void uninstall(JobClient client) {
    if (installed == client) {
      installed = null;
    }
  }

  /** The installed client; throws a clear error, naming the job, when there is none. */
  static JobClient require(JobDefinition job) {
    JobClient client = installed;
    if (client == null) {
      throw new IllegalStateException(
          "Cannot submit job '"
              + job.name()
              + "': no Stoker client is installed. Start Stoker first (Stoker.builder(dataSource)"
              + "...start(), or Stoker.inMemory() in tests), or pass a client explicitly with"
              + " using(client).");
    }
    return client;
  }
}
