package com.example.later;

import dev.stoker.annotation.Job;

public class MissingType {

  @Job
  public void refund(Voucher voucher) {}
}
