package com.example.bad;

import dev.stoker.annotation.Job;
import java.io.InputStream;

public class StreamParameter {

  @Job
  public void importCsv(InputStream csv) {}
}
