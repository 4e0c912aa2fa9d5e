package dev.stoker.sample.boot;

import dev.stoker.annotation.Job;
import org.springframework.stereotype.Service;

/**
 * Mails new users. A Spring bean: Stoker runs its job on it, with its dependencies injected. The
 * job takes the user's id and loads the user when it runs.
 */
@Service
public class WelcomeEmails {

  private final Users users;
  private final Mailer mailer;

  public WelcomeEmails(Users users, Mailer mailer) {
    this.users = users;
    this.mailer = mailer;
  }

  @Job(queue = "mail", retries = 5)
  public void welcomeEmail(long userId) {
    Users.User user = users.find(userId).orElseThrow();
    mailer.send(user.email(), "Welcome, " + user.name() + "!");
  }
}
