package com.example.bad;

import dev.stoker.annotation.Job;
import java.util.List;

record Category(String name, List<Category> children) {}

public class RecursiveRecord {

  @Job
  public void reindex(Category root) {}
}
