package dev.stoker.sample.boot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Stands in for an SMTP client: logs each mail and keeps it, for GET /mails. */
@Component
public class Mailer {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

  /** A sent mail. */
  public record Mail(String to, String subject) {}

  private final List<Mail> sent = new CopyOnWriteArrayList<>();

  public void send(String to, String subject) {
    log.info("Mail to {}: {}", to, subject);
    sent.add(new Mail(to, subject));
  }

  public List<Mail> sent() {
    return List.copyOf(sent);
  }
}
