package com.example.names;

import dev.stoker.annotation.Alias;
import dev.stoker.annotation.Default;
import dev.stoker.annotation.Job;
import java.util.List;

public class Renamed {

  public record Window(@Alias("start") int from, @Default("24") int to) {}

  @Job(name = "mail.welcome-email", aliases = {"welcome", "mail.welcome"})
  public void welcome(
      @Alias({"customerId", "user"}) long userId,
      @Default("en") String language,
      @Default("[]") List<String> tags,
      Window window) {}
}
