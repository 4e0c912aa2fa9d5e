package dev.stoker.spring.app;

import dev.stoker.JobClient;
import dev.stoker.JobId;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a customer and enqueues their welcome in one transaction, as a signup endpoint would. */
@Service
public class Signups {

  private final Customers customers;
  private final JobClient jobs;

  public Signups(Customers customers, JobClient jobs) {
    this.customers = customers;
    this.jobs = jobs;
  }

  /** Through the generated static call, which uses the installed client. */
  @Transactional
  public JobId signUp(String name) {
    return WelcomeJobs.enqueue(customers.insert(name));
  }

  /** Through the injected client. */
  @Transactional
  public JobId signUpWithClient(String name) {
    return WelcomeJobs.using(jobs).enqueue(customers.insert(name));
  }

  /** Enqueues, hands the job's id over, then fails: the transaction rolls back. */
  @Transactional
  public void signUpAndFail(String name, boolean withClient, Consumer<JobId> enqueued) {
    enqueued.accept(withClient ? signUpWithClient(name) : signUp(name));
    throw new IllegalStateException("The payment provider refused the card");
  }
}
