package dev.stoker.sample.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application with Stoker: {@code POST /signups} stores a user and enqueues their
 * welcome email in the same transaction; {@code GET /mails} shows what was sent, {@code GET
 * /jobs/{id}} a job's state and history, {@code /actuator/health} Stoker's health, and {@code
 * /stoker/} the dashboard (from this machine only: the application has no sign-in).
 */
@SpringBootApplication
public class SampleApplication {

  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
