package dev.stoker.dashboard.jobs;

import dev.stoker.JobContext;
import dev.stoker.annotation.Job;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Jobs the dashboard tests create; each records its runs under the key it is given. */
public class DashboardJobs {

  private static final Map<String, List<String>> runs = new ConcurrentHashMap<>();
  private static final Set<String> broken = ConcurrentHashMap.newKeySet();
  private static final Set<String> released = ConcurrentHashMap.newKeySet();

  @Job(name = "dash.quick")
  public void quick(String key, JobContext context) {
    record(key, context);
  }

  @Job(name = "dash.mail", queue = "mail")
  public void mail(String key, JobContext context) {
    record(key, context);
  }

  @Job(name = "dash.held", queue = "held")
  public void held(String key, JobContext context) {
    record(key, context);
  }

  @Job(name = "dash.nowhere", queue = "nowhere")
  public void nowhere(String key, JobContext context) {
    record(key, context);
  }

  /** Fails, with no retries, while its key is broken. */
  @Job(name = "dash.flaky", retries = 0)
  public void flaky(String key, JobContext context) {
    record(key, context);
    if (broken.contains(key)) {
      throw new IllegalStateException("The payment gateway is down for " + key);
    }
  }

  /** Always fails at once, with the message given. */
  @Job(name = "dash.fails", retries = 0)
  public void fails(String key, String message, JobContext context) {
    record(key, context);
    throw new IllegalStateException(message);
  }

  /** Carries personal data, which a redacting dashboard must not show. */
  @Job(name = "dash.signup")
  public void signup(String key, String email, JobContext context) {
    record(key, context);
  }

  /** Reports two fifths of its work and two lines, then waits until its key is released. */
  @Job(name = "dash.reports")
  public void reports(String key, JobContext context) throws InterruptedException {
    record(key, context);
    context.log("Fetched 5 invoices for " + key);
    context.progress(2, 5);
    context.log("Sent invoice 2 of 5");
    while (!released.contains(key)) {
      Thread.sleep(10); // the job's own work, as far as the test is concerned
    }
    context.progress(5, 5);
  }

  public static void release(String key) {
    released.add(key);
  }

  public static void breakFor(String key) {
    broken.add(key);
  }

  public static void fix(String key) {
    broken.remove(key);
  }

  /** How many times jobs with this key ran. */
  public static int runs(String key) {
    return runs.getOrDefault(key, List.of()).size();
  }

  private static void record(String key, JobContext context) {
    runs.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>())
        .add(context.id() + "#" + context.attempt());
  }
}
