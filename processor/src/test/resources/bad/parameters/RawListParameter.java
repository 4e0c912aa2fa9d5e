package com.example.bad;

import dev.stoker.annotation.Job;
import java.util.List;

public class RawListParameter {

  @Job
  @SuppressWarnings("rawtypes")
  public void archive(List documentIds) {}
}
