package dev.stoker.spring.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** Stands in for a mail server: keeps every mail sent, one entry per send. */
@Component
public class Mailbox {

  private final List<String> sent = new CopyOnWriteArrayList<>();

  void send(String mail) {
    sent.add(mail);
  }

  public long count(String mail) {
    return sent.stream().filter(mail::equals).count();
  }
}
