package dev.stoker.sample.boot;

import dev.stoker.JobId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs a user up: the user's row and the welcome email's job are written in one transaction, so
 * the email goes out exactly when the user exists, and never for a signup that rolled back.
 */
@Service
public class Signups {

  /** What a signup created. */
  public record Signup(long userId, String welcomeEmailJob) {}

  private final Users users;

  public Signups(Users users) {
    this.users = users;
  }

  @Transactional
  public Signup signUp(String name, String email) {
    long userId = users.insert(name, email);
    JobId welcome = WelcomeEmailJobs.enqueue(userId); // joins this transaction
    return new Signup(userId, welcome.toString());
  }
}
