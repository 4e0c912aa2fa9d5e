package dev.stoker.processor;

import dev.stoker.processor.Contract.Field;
import dev.stoker.processor.Contract.JobEntry;
import dev.stoker.processor.JobDescriptor.JobParameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * Compares the committed job contract with the code, job by job: a job is found under its name or
 * an alias, and each stored name must still find a job; the fields of those that are found are
 * compared by {@link FieldComparison}. Collects the breaks, and warns of moved queues.
 */
final class ContractComparison {

  /** What the comparison found. */
  record Result(List<ContractBreak> breaks, List<Warning> warnings) {}

  /** A change that breaks no stored job, but that its author should know the effect of. */
  record Warning(String message, Element element) {}

  private final Elements elements;

  ContractComparison(Elements elements) {
    this.elements = elements;
  }

  Result compare(Contract committed, CodeContract code) {
    Map<String, JobDescriptor> readers = new HashMap<>();
    for (JobDescriptor job : code.jobs().values()) {
      readers.put(job.definition().name(), job);
      job.definition().aliases().forEach(alias -> readers.put(alias, job));
    }
    List<ContractBreak> breaks = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>();
    FieldComparison fields = new FieldComparison(committed, code, breaks);
    List<JobEntry> jobs = new ArrayList<>(committed.jobs().values());
    jobs.sort(Comparator.comparing(JobEntry::name));
    for (JobEntry old : jobs) {
      Set<JobDescriptor> found = new LinkedHashSet<>();
      List<String> lost = new ArrayList<>();
      for (String stored : old.storedNames().stream().sorted().toList()) {
        JobDescriptor reader = readers.get(stored);
        if (reader == null) {
          lost.add(stored);
        } else {
          found.add(reader);
        }
      }
      if (found.isEmpty()) {
        breaks.add(gone(old, code));
        continue;
      }
      for (String name : lost) {
        breaks.add(aliasRemoved(found.iterator().next(), name));
      }
      for (JobDescriptor job : found) {
        queueMoved(old, job, warnings);
        compareParameters(old, job, code, fields);
      }
    }
    return new Result(List.copyOf(breaks), List.copyOf(warnings));
  }

  private static void compareParameters(
      JobEntry old, JobDescriptor job, CodeContract code, FieldComparison fields) {
    Map<String, Field> now = code.contract().jobs().get(job.definition().name()).parameters();
    List<FieldComparison.CodeField> parameters = new ArrayList<>();
    for (JobParameter.Argument argument : job.arguments()) {
      parameters.add(new FieldComparison.CodeField(now.get(argument.name()), argument.element()));
    }
    String subject = "of job '" + job.definition().name() + "'";
    fields.compare(
        old.parameters(),
        parameters,
        new FieldComparison.Owner("parameter", subject, job.method(), "the method", null));
  }

  /** A job none of whose stored names finds a job: renamed, if its method is still there. */
  private ContractBreak gone(JobEntry old, CodeContract code) {
    for (JobDescriptor job : code.jobs().values()) {
      String method = job.declaringType().getQualifiedName() + "." + job.method().getSimpleName();
      if (method.equals(old.method())) {
        String name = job.definition().name();
        return new ContractBreak(
            Message.CONTRACT_JOB_RENAMED.format(
                job.method().getSimpleName(), name, old.name(), name, old.name()),
            "name: " + old.name() + " -> " + name,
            job.method(),
            "name",
            job.method(),
            "the method");
      }
    }
    return new ContractBreak(
        Message.CONTRACT_JOB_REMOVED.format(old.name(), old.method()),
        "job " + old.name() + ": removed",
        elements.getTypeElement(old.declaringType()),
        null,
        null,
        "any class of the module");
  }

  private static ContractBreak aliasRemoved(JobDescriptor job, String name) {
    ExecutableElement method = job.method();
    return new ContractBreak(
        Message.CONTRACT_ALIAS_REMOVED.format(method.getSimpleName(), name, name),
        "alias " + name + ": removed",
        method,
        "aliases",
        method,
        "the method");
  }

  private static void queueMoved(JobEntry old, JobDescriptor job, List<Warning> warnings) {
    String queue = job.definition().queue();
    if (!queue.equals(old.queue())) {
      warnings.add(
          new Warning(
              Message.CONTRACT_QUEUE_CHANGED.format(
                  job.method().getSimpleName(), queue, old.queue(), old.queue(), old.queue()),
              job.method()));
    }
  }
}
