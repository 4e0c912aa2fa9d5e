package dev.stoker.sample.boot;

import dev.stoker.JobId;
import dev.stoker.Stoker;
import dev.stoker.monitoring.JobDetails;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The web endpoints: sign up, see the mails sent, follow a job. */
@RestController
public class SignupController {

  /** A signup form. */
  public record SignupForm(String name, String email) {}

  private final Signups signups;
  private final Mailer mailer;
  private final Stoker stoker;

  public SignupController(Signups signups, Mailer mailer, Stoker stoker) {
    this.signups = signups;
    this.mailer = mailer;
    this.stoker = stoker;
  }

  @PostMapping("/signups")
  @ResponseStatus(HttpStatus.CREATED)
  public Signups.Signup signUp(@RequestBody SignupForm form) {
    return signups.signUp(form.name(), form.email());
  }

  @GetMapping("/mails")
  public List<Mailer.Mail> mails() {
    return mailer.sent();
  }

  @GetMapping("/jobs/{id}")
  public ResponseEntity<JobDetails> job(@PathVariable UUID id) {
    return ResponseEntity.of(stoker.monitoring().job(new JobId(id)));
  }

  /** A second signup with the same email rolls back: neither the user nor the job exists. */
  @ExceptionHandler(DuplicateKeyException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  public String alreadySignedUp() {
    return "That email address has signed up already";
  }
}
