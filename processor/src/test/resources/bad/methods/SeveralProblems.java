package com.example.bad;

import dev.stoker.annotation.Job;
import java.io.File;

public class SeveralProblems {

  @Job(
      queue = "Reports",
      retries = -3)
  private void export(File target) {}
}
