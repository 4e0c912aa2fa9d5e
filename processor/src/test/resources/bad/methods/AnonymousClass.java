package com.example.bad;

public class AnonymousClass {

  final Runnable task =
      new Runnable() {
        @dev.stoker.annotation.Job
        public void run() {}
      };
}
