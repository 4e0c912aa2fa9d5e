package dev.stoker.jobs;

import dev.stoker.JobId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the test jobs did, by the token each test passes them. */
public final class Executions {

  /** One run of a test job. */
  public record Execution(JobId job, int attempt, String thread, Object value) {}

  private static final Map<String, List<Execution>> byToken = new ConcurrentHashMap<>();

  private Executions() {}

  static void record(String token, JobId job, int attempt, Object value) {
    byToken
        .computeIfAbsent(token, t -> new CopyOnWriteArrayList<>())
        .add(new Execution(job, attempt, Thread.currentThread().getName(), value));
  }

  /** The runs of jobs given this token, in the order they happened. */
  public static List<Execution> of(String token) {
    return List.copyOf(byToken.getOrDefault(token, List.of()));
  }

  /** How many times the job ran, among the runs of this token. */
  public static long runsOf(String token, JobId job) {
    return byToken.getOrDefault(token, List.of()).stream()
        .filter(run -> run.job().equals(job))
        .count();
  }

  public static int count(String token) {
    return byToken.getOrDefault(token, List.of()).size();
  }
}
