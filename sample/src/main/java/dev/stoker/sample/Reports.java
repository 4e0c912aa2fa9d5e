package dev.stoker.sample;

import dev.stoker.annotation.Job;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports on the signups, as recurring jobs: a nightly one whose cron is in its {@code @Job}, which
 * every server registers when it starts, and one per region, registered in code with the region as
 * its argument.
 */
public class Reports {

  private static final Logger log = LoggerFactory.getLogger(Reports.class);

  private final Users users;
  private final List<String> written = new CopyOnWriteArrayList<>();

  public Reports(Users users) {
    this.users = users;
  }

  /** Every night at 03:00 in Istanbul, whatever the servers' own time zone. */
  @Job(name = "reports.nightly", cron = "0 3 * * *", zone = "Europe/Istanbul")
  public void nightlyReport() throws SQLException {
    write("Nightly report: " + users.count() + " users");
  }

  /** How the signups of a region go; the sample runs it every two seconds. */
  @Job(name = "reports.signups")
  public void signupReport(String region) throws SQLException {
    write("Signups in " + region + ": " + users.count() + " users so far");
  }

  private void write(String report) {
    written.add(report);
    log.info(report);
  }

  /** The reports written so far, oldest first. */
  public List<String> written() {
    return List.copyOf(written);
  }
}
