package com.example.bad;

import dev.stoker.annotation.Job;

public class LocalClass {

  Runnable task() {
    class Local implements Runnable {
      @Job
      public void run() {}
    }
    return new Local();
  }
}
