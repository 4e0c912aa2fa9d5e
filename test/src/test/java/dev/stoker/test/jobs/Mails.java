package dev.stoker.test.jobs;

import dev.stoker.annotation.Job;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Mail jobs that keep what they sent, so that a test reads it from its own instance. */
public class Mails {

  private final List<String> sent = new CopyOnWriteArrayList<>();

  @Job(name = "kit.welcome", queue = "mail", retries = 5)
  public void welcome(long userId) {
    sent.add("welcome " + userId);
  }

  @Job(name = "kit.reminder", queue = "mail")
  public void reminder(long userId, String note) {
    sent.add("reminder " + userId + ": " + note);
  }

  public List<String> sent() {
    return List.copyOf(sent);
  }
}
