package dev.stoker.spring.app;

import dev.stoker.annotation.Job;
import org.springframework.stereotype.Service;

/** A job on a bean whose dependencies Spring injects through its constructor. */
@Service
public class Welcomer {

  private final Customers customers;
  private final Mailbox mailbox;

  public Welcomer(Customers customers, Mailbox mailbox) {
    this.customers = customers;
    this.mailbox = mailbox;
  }

  @Job
  public void welcome(long customerId) {
    mailbox.send("Welcome, " + customers.name(customerId).orElseThrow());
  }
}
