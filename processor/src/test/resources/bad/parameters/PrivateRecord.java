package com.example.bad;

import dev.stoker.annotation.Job;

public class PrivateRecord {

  private record Coupon(String code) {}

  @Job
  void redeem(Coupon coupon) {}
}
