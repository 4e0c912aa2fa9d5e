package dev.stoker.processor;

import java.util.regex.Pattern;
import javax.lang.model.element.ExecutableElement;

/** The rules for job names and queue names, and the class name a job name generates. */
final class JobNames {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{0,199}");
  private static final Pattern QUEUE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");
  private static final Pattern SEPARATORS = Pattern.compile("[._-]+");

  private JobNames() {}

  /** The job's stable name: the annotation's, or else the method's. */
  static String jobName(JobAnnotation job, ExecutableElement method) {
    return job.name().isEmpty() ? method.getSimpleName().toString() : job.name();
  }

  static boolean isValidName(String name) {
    return NAME.matcher(name).matches();
  }

  static boolean isValidQueue(String queue) {
    return QUEUE.matcher(queue).matches();
  }

  /**
   * {@code welcomeEmail} -> {@code WelcomeEmailJobs}, {@code mail.welcome-email} -> {@code
   * MailWelcomeEmailJobs}.
   */
  static String className(String jobName) {
    StringBuilder name = new StringBuilder();
    for (String part : SEPARATORS.split(jobName)) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
      }
    }
    return name.append("Jobs").toString();
  }
}
