package dev.stoker.processor;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The job names, aliases and generated class names taken so far in this compilation, across rounds:
 * two jobs may share none, and a generated class may not replace one the application wrote.
 */
final class JobClaims {

  /** Who took a name: a job as its name, or as an alias. */
  private record Claim(ExecutableElement method, boolean alias) {}

  private final Elements elements;
  private final Map<String, Claim> byName = new HashMap<>();
  private final Map<String, ExecutableElement> byClass = new HashMap<>();

  JobClaims(Elements elements) {
    this.elements = elements;
  }

  /** Claims the method's job name and class name, reporting on it if another job has either. */
  void claim(ExecutableElement method, ValidationReport report) {
    JobAnnotation job = JobAnnotation.of(method, elements);
    String name = JobNames.jobName(job, method);
    if (!JobNames.isValidName(name)) {
      return; // Reported by the validator; the class name would mean nothing.
    }
    String packageName = Visibility.packageOf(method, elements);
    String className = JobNames.className(name);
    String qualified = packageName.isEmpty() ? className : packageName + "." + className;
    ExecutableElement sameClass = byClass.putIfAbsent(qualified, method);
    Claim sameName = byName.putIfAbsent(name, new Claim(method, false));
    if (sameClass != null) {
      // Overloads share a name too, but the clash is what the user must fix: one error is enough.
      report.error(
          Message.CLASS_NAME_CLASH.format(
              TypeDisplay.signature(method), qualified, TypeDisplay.signature(sameClass)),
          method);
    } else if (isApplicationClass(elements.getTypeElement(qualified))) {
      report.error(Message.CLASS_EXISTS.format(TypeDisplay.signature(method), qualified), method);
    } else if (sameName != null) {
      String message =
          (sameName.alias() ? Message.NAME_IS_ALIAS : Message.DUPLICATE_NAME)
              .format(name, qualifiedSignature(method), qualifiedSignature(sameName.method()));
      if (job.valueOf("name") == null) {
        report.error(message, method); // The name is the method's.
      } else {
        report.error(message, method, job.mirror(), job.valueOf("name"));
      }
    }
    claimAliases(method, job, name, report);
  }

  private void claimAliases(
      ExecutableElement method, JobAnnotation job, String name, ValidationReport report) {
    for (String alias : job.aliases()) {
      if (!JobNames.isValidName(alias) || alias.equals(name)) {
        continue; // Reported by the validator.
      }
      Claim other = byName.putIfAbsent(alias, new Claim(method, true));
      if (other != null && other.method() != method) {
        report.error(
            Message.ALIAS_TAKEN.format(
                alias,
                qualifiedSignature(method),
                other.alias() ? "an alias" : "the name",
                qualifiedSignature(other.method())),
            method,
            job.mirror(),
            job.valueOf("aliases"));
      }
    }
  }

  /**
   * True for a class the application wrote. A class this processor generated in an earlier build
   * can still be on the class path in an incremental one; it has a {@code DEFINITION} and a {@code
   * Handler}.
   */
  private static boolean isApplicationClass(TypeElement type) {
    if (type == null) {
      return false;
    }
    boolean definition = false;
    boolean handler = false;
    for (Element member : type.getEnclosedElements()) {
      String name = member.getSimpleName().toString();
      definition |= member.getKind() == ElementKind.FIELD && name.equals("DEFINITION");
      handler |= member.getKind() == ElementKind.CLASS && name.equals("Handler");
    }
    return !(definition && handler);
  }

  private String qualifiedSignature(ExecutableElement method) {
    String packageName = Visibility.packageOf(method, elements);
    String signature = TypeDisplay.signature(method);
    return packageName.isEmpty() ? signature : packageName + "." + signature;
  }
}
