package com.example.bad;

import dev.stoker.annotation.Job;
import java.util.List;

public class WildcardParameter {

  @Job
  public void total(List<? extends Number> amounts) {}
}
