package com.example.bad;

import dev.stoker.annotation.Job;

class Customer {
  private final String id;

  Customer(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }
}

record Order(long number, Customer customer) {}

public class RecordComponent {

  @Job
  public void shipOrder(Order order) {}
}
