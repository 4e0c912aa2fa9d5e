package dev.stoker.spring.jobs;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the greeter sent, one entry per run: a dependency the job's bean gets injected. */
public class Greetings {

  private final List<String> sent = new CopyOnWriteArrayList<>();

  void add(String greeting) {
    sent.add(greeting);
  }

  public List<String> sent() {
    return List.copyOf(sent);
  }

  /** How many times the greeting was sent. */
  public long count(String greeting) {
    return sent.stream().filter(greeting::equals).count();
  }
}
