package com.example.mail;

import dev.stoker.annotation.Job;

public class WelcomeEmailService {

  @Job(queue = "mail", retries = 5)
  public void welcomeEmail(long userId, @Nullable String note) {
    // Loads the user and sends the email.
  }
}
