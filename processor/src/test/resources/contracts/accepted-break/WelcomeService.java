package com.example.mail;

import dev.stoker.annotation.BreaksStoredJobs;
import dev.stoker.annotation.Job;
import java.util.Set;
import java.util.UUID;

public class WelcomeService {

  @Job(name = "mail.welcome", queue = "mail")
  @BreaksStoredJobs("parameter userId: long -> UUID")
  public void welcome(
      UUID userId,
      String language,
      int attempts,
      Plan plan,
      Address address,
      Set<String> tags,
      @Nullable String note) {}
}
