package com.example.bad;

import dev.stoker.annotation.Job;
import java.util.List;

public class ListKey {

  @Job(rateLimit = 5, rateLimitKey = "accountIds")
  public void syncAccounts(List<Long> accountIds) {}
}
