package com.example.later;

import dev.stoker.annotation.Job;

/** Takes a record that another processor generates, in the round after this file is read. */
public class CouponService {

  @Job
  public void redeem(Coupon coupon) {}
}
