package com.example.mail;

import dev.stoker.annotation.Job;
import java.util.Set;

public class WelcomeService {

  public void welcome(
      long userId,
      String language,
      int attempts,
      Plan plan,
      Address address,
      Set<String> tags,
      @Nullable String note) {}

  @Job(queue = "mail")
  public void reminder(long userId) {}
}
