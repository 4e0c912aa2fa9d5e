package dev.stoker.sample;

import dev.stoker.annotation.Job;
import java.sql.SQLException;

/** Mails new users. Its jobs take the user's id and load the user when they run. */
public class WelcomeEmailService {

  private final Users users;
  private final Mailer mailer;

  public WelcomeEmailService(Users users, Mailer mailer) {
    this.users = users;
    this.mailer = mailer;
  }

  /** Welcomes a user who just signed up. */
  @Job(queue = "mail", retries = 5)
  public void welcomeEmail(long userId) throws SQLException {
    Users.User user = users.find(userId).orElseThrow();
    mailer.send(user.email(), "Welcome to Stoker, " + user.name() + "!");
  }

  /** Reminds a user, some time after signing up, of what they left in their cart. */
  @Job(queue = "mail", name = "cart-reminder")
  public void cartReminder(long userId) throws SQLException {
    Users.User user = users.find(userId).orElseThrow();
    mailer.send(user.email(), user.name() + ", your cart is waiting");
  }
}
