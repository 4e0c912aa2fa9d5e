package dev.stoker.processor;

import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Checks one {@code @Job} method on its own: that generated code can call it, that its annotation's
 * attributes are valid, and that every parameter can be stored. What concerns several jobs at once
 * (names, generated classes) is {@link JobClaims}'s.
 */
final class JobMethodValidator {

  private final Elements elements;
  private final ArgumentTypes argumentTypes;
  private final FallbackValidator fallbacks = new FallbackValidator();

  JobMethodValidator(Elements elements, ArgumentTypes argumentTypes) {
    this.elements = elements;
    this.argumentTypes = argumentTypes;
  }

  ValidationReport validate(ExecutableElement method) {
    ValidationReport report = new ValidationReport();
    JobAnnotation job = JobAnnotation.of(method, elements);
    checkMethod(method, report);
    checkDeclaringType(method, report);
    checkName(method, job, report);
    checkAliases(method, job, report);
    checkQueue(method, job, report);
    checkRetries(method, job, report);
    RecurrenceValidator.check(method, job, report);
    checkTimeout(method, job, report);
    JobLimitsValidator.check(
        method, job, report, argumentTypes, Visibility.packageOf(method, elements));
    checkParameters(method, report);
    return report;
  }

  /** The parameters that are stored with the job: all but a {@code JobContext}. */
  static List<? extends VariableElement> storedParameters(ExecutableElement method) {
    return method.getParameters().stream().filter(p -> !JobContexts.isJobContext(p)).toList();
  }

  private void checkMethod(ExecutableElement method, ValidationReport report) {
    String name = method.getSimpleName().toString();
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      report.error(Message.PRIVATE_METHOD.format(name), method);
    }
    if (!method.getTypeParameters().isEmpty()) {
      String typeParameters =
          method.getTypeParameters().stream()
              .map(TypeParameterElement::getSimpleName)
              .collect(Collectors.joining(", ", "<", ">"));
      report.error(Message.GENERIC_METHOD.format(name, typeParameters), method);
    }
  }

  private void checkDeclaringType(ExecutableElement method, ValidationReport report) {
    String name = method.getSimpleName().toString();
    boolean needsInstance = !method.getModifiers().contains(Modifier.STATIC);
    for (Element e = method.getEnclosingElement();
        e instanceof TypeElement type;
        e = type.getEnclosingElement()) {
      if (type.getNestingKind() == NestingKind.LOCAL
          || type.getNestingKind() == NestingKind.ANONYMOUS) {
        report.error(Message.LOCAL_CLASS.format(name), method);
        return;
      }
      if (type.getModifiers().contains(Modifier.PRIVATE)) {
        String display = TypeDisplay.of(type);
        report.error(Message.PRIVATE_CLASS.format(name, display, display), method);
        return;
      }
      if (needsInstance && isInner(type)) {
        String display = TypeDisplay.of(type);
        report.error(Message.INNER_CLASS.format(name, display, display), method);
        return;
      }
      // The enclosing types of a static nested type need no instance either.
      needsInstance = false;
    }
  }

  private static boolean isInner(TypeElement type) {
    return type.getKind() == ElementKind.CLASS
        && type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)
        && !type.getEnclosingElement().getKind().isInterface();
  }

  private void checkName(ExecutableElement method, JobAnnotation job, ValidationReport report) {
    String name = JobNames.jobName(job, method);
    if (JobNames.isValidName(name)) {
      return;
    }
    if (job.name().isEmpty()) {
      report.error(Message.INVALID_METHOD_NAME.format(method.getSimpleName(), name), method);
    } else {
      report.error(
          Message.INVALID_NAME.format(name, method.getSimpleName()),
          method,
          job.mirror(),
          job.valueOf("name"));
    }
  }

  private void checkAliases(ExecutableElement method, JobAnnotation job, ValidationReport report) {
    String name = JobNames.jobName(job, method);
    for (String alias : job.aliases()) {
      if (!JobNames.isValidName(alias)) {
        report.error(
            Message.INVALID_ALIAS.format(alias, method.getSimpleName()),
            method,
            job.mirror(),
            job.valueOf("aliases"));
      } else if (alias.equals(name)) {
        report.error(
            Message.ALIAS_IS_NAME.format(alias, method.getSimpleName()),
            method,
            job.mirror(),
            job.valueOf("aliases"));
      }
    }
  }

  private void checkQueue(ExecutableElement method, JobAnnotation job, ValidationReport report) {
    if (!JobNames.isValidQueue(job.queue())) {
      report.error(
          Message.INVALID_QUEUE.format(job.queue(), method.getSimpleName()),
          method,
          job.mirror(),
          job.valueOf("queue"));
    }
  }

  private void checkRetries(ExecutableElement method, JobAnnotation job, ValidationReport report) {
    if (job.retries() < 0) {
      report.error(
          Message.NEGATIVE_RETRIES.format(method.getSimpleName(), job.retries()),
          method,
          job.mirror(),
          job.valueOf("retries"));
    }
  }

  private void checkTimeout(ExecutableElement method, JobAnnotation job, ValidationReport report) {
    if (!job.timeout().isEmpty() && JobTimeouts.parse(job.timeout()).isEmpty()) {
      report.error(
          Message.INVALID_TIMEOUT.format(job.timeout(), method.getSimpleName()),
          method,
          job.mirror(),
          job.valueOf("timeout"));
    }
  }

  private void checkParameters(ExecutableElement method, ValidationReport report) {
    String packageName = Visibility.packageOf(method, elements);
    for (VariableElement parameter : storedParameters(method)) {
      switch (argumentTypes.resolve(parameter, packageName)) {
        case ArgumentTypes.Resolution.Storable storable ->
            fallbacks.checkParameter(method, parameter, storable.type(), report);
        case ArgumentTypes.Resolution.Unresolved unresolved -> report.unresolvedType();
        case ArgumentTypes.Resolution.Unstorable unstorable ->
            report.error(
                Message.PARAMETER_NOT_STORABLE.format(
                    parameter.getSimpleName(),
                    method.getSimpleName(),
                    TypeDisplay.of(parameter.asType()),
                    unstorable.reason()),
                parameter);
      }
    }
    fallbacks.checkNames(storedParameters(method), "@Job " + method.getSimpleName(), report);
  }
}
