package dev.stoker.sample;

import dev.stoker.BatchId;
import dev.stoker.JobClient;
import dev.stoker.JobId;
import dev.stoker.annotation.Job;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an issue of the newsletter to every user, one job each, as one batch; when every mail of
 * the batch went out, a batch continuation reports it.
 */
public class Newsletter {

  private static final Logger log = LoggerFactory.getLogger(Newsletter.class);

  /** What sending an issue created. */
  public record Sending(BatchId batch, JobId report) {}

  private final Users users;
  private final Mailer mailer;

  public Newsletter(Users users, Mailer mailer) {
    this.users = users;
    this.mailer = mailer;
  }

  /** Creates the issue's mails as one batch, and the report that follows them. */
  public Sending send(JobClient jobs, String issue) throws SQLException {
    List<Long> recipients = users.ids();
    BatchId batch =
        jobs.batch(
            mails -> {
              for (long userId : recipients) {
                SendNewsletterJobs.using(jobs).in(mails).enqueue(userId, issue);
              }
            });
    JobId report = NewsletterSentJobs.using(jobs).afterBatch(batch).enqueue(issue);
    return new Sending(batch, report);
  }

  @Job(queue = "mail")
  public void sendNewsletter(long userId, String issue) throws SQLException {
    Users.User user = users.find(userId).orElseThrow();
    mailer.send(user.email(), "Stoker newsletter, " + issue);
  }

  /** Runs once, after every mail of the issue's batch was sent: a batch continuation. */
  @Job
  public void newsletterSent(String issue) {
    long sent =
        mailer.sent().stream().filter(mail -> mail.subject().endsWith(", " + issue)).count();
    log.info("Newsletter {} sent to {} users", issue, sent);
  }
}
