package com.example.bad;

import dev.stoker.annotation.Job;
import java.util.List;
import java.util.UUID;

class Account {
  UUID id;
}

public class EntityElements {

  @Job
  public void closeAccounts(List<Account> accounts) {}
}
