package com.example.mail;

import dev.stoker.annotation.Job;
import java.util.Set;

public class WelcomeService {

  @Job(name = "mail.welcome", queue = "mail")
  public void welcome(
      long userId,
      String language,
      int attempts,
      Plan plan,
      Address address,
      Set<String> tags,
      @Nullable String note,
      int reminders) {}
}
