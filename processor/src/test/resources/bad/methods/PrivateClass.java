package com.example.bad;

import dev.stoker.annotation.Job;

public class PrivateClass {

  private static class Hidden {

    static class Cleaner {

      @Job
      void purge() {}
    }
  }
}
