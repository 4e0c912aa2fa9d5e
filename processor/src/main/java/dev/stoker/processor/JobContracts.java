package dev.stoker.processor;

import dev.stoker.annotation.Job;
import dev.stoker.processor.Contract.Field;
import dev.stoker.processor.Contract.JobEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * Keeps the module's job contract: after the last round, compares the jobs compiled with the
 * committed file, reports each change that would break stored jobs on its element (unless a
 * {@code @BreaksStoredJobs} accepts it), and writes the file anew when nothing is in the way.
 * Without the {@value #OPTION} option it only says, once, how to turn contracts on.
 */
final class JobContracts {

  static final String OPTION = "stoker.contracts";
  static final String FILE_NAME = "stoker-jobs.contract";

  private final Path file;
  private final Elements elements;
  private final Messager messager;
  private final List<JobDescriptor> jobs = new ArrayList<>();
  private final BreakMarkers markers = new BreakMarkers();
  private final FreshElements fresh;

  /** {@code directory} is the option's value, or null when contracts are off. */
  JobContracts(String directory, Elements elements, Messager messager) {
    this.file = directory == null ? null : Path.of(directory).resolve(FILE_NAME);
    this.elements = elements;
    this.messager = messager;
    this.fresh = new FreshElements(elements);
  }

  void add(JobDescriptor job) {
    jobs.add(job);
  }

  void collectMarkers(RoundEnvironment round) {
    markers.collect(round);
  }

  /** Checks and writes the contract; called once, after the last round, if all compiled. */
  void finish() {
    if (jobs.isEmpty()) {
      return;
    }
    if (file == null) {
      messager.printMessage(Diagnostic.Kind.NOTE, Message.CONTRACTS_OFF.format());
      return;
    }
    Contract committed;
    try {
      committed =
          Files.exists(file) ? ContractFormat.parse(Files.readString(file)) : Contract.EMPTY;
    } catch (ContractFormat.FormatException e) {
      error(Message.CONTRACT_UNREADABLE.format(e.line, file, e.getMessage()));
      return;
    } catch (IOException e) {
      error(Message.CONTRACT_IO_FAILED.format("read", file, e));
      return;
    }
    CodeContract code = ContractFactory.of(jobs);
    Contract uncompiled = uncompiled(committed, code);
    if (!report(withoutJobs(committed, uncompiled), code)) {
      write(merge(code.contract(), uncompiled, committed));
    }
  }

  /** Reports the breaks and warnings; true if a break is not accepted. */
  private boolean report(Contract committed, CodeContract code) {
    ContractComparison.Result result = new ContractComparison(elements).compare(committed, code);
    for (ContractComparison.Warning warning : result.warnings()) {
      messager.printMessage(
          Diagnostic.Kind.WARNING, warning.message(), fresh.of(warning.element()));
    }
    boolean broken = false;
    for (ContractBreak contractBreak : result.breaks()) {
      Element element = fresh.of(contractBreak.element());
      if (markers.accepts(contractBreak.change(), fresh.of(contractBreak.markerHome()))) {
        messager.printMessage(
            Diagnostic.Kind.NOTE, Message.BREAK_ACCEPTED.format(contractBreak.change()), element);
      } else {
        printError(contractBreak, element);
        broken = true;
      }
    }
    return broken;
  }

  /** The break as an error on its element, or on the attribute of the element's {@code @Job}. */
  private void printError(ContractBreak contractBreak, Element element) {
    if (element == null) {
      error(contractBreak.error());
    } else if (contractBreak.attribute() != null && element instanceof ExecutableElement method) {
      JobAnnotation job = JobAnnotation.of(method, elements);
      messager.printMessage(
          Diagnostic.Kind.ERROR,
          contractBreak.error(),
          method,
          job.mirror(),
          job.valueOf(contractBreak.attribute()));
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, contractBreak.error(), element);
    }
  }

  /**
   * The committed jobs this compilation did not see, whose class still declares them: an
   * incremental build compiles only some classes. Their facts are kept as committed.
   */
  private Contract uncompiled(Contract committed, CodeContract code) {
    Map<String, JobEntry> kept = new HashMap<>();
    for (JobEntry job : committed.jobs().values()) {
      boolean compiled =
          code.jobs().values().stream()
              .anyMatch(
                  d ->
                      job.storedNames().contains(d.definition().name())
                          || d.definition().aliases().stream()
                              .anyMatch(job.storedNames()::contains));
      if (!compiled && declares(elements.getTypeElement(job.declaringType()), job.name())) {
        kept.put(job.name(), job);
      }
    }
    return new Contract(kept, Map.of(), Map.of());
  }

  private boolean declares(TypeElement type, String jobName) {
    if (type == null) {
      return false;
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD
          && AnnotationValues.mirror(member, Job.class).isPresent()
          && JobNames.jobName(
                  JobAnnotation.of((ExecutableElement) member, elements),
                  (ExecutableElement) member)
              .equals(jobName)) {
        return true;
      }
    }
    return false;
  }

  private static Contract withoutJobs(Contract contract, Contract removed) {
    Map<String, JobEntry> jobs = new HashMap<>(contract.jobs());
    jobs.keySet().removeAll(removed.jobs().keySet());
    return new Contract(jobs, contract.records(), contract.enums());
  }

  /** The code's facts, and the kept jobs with the committed records and enums they use. */
  private static Contract merge(Contract code, Contract kept, Contract committed) {
    Map<String, JobEntry> jobs = new HashMap<>(code.jobs());
    var records = new HashMap<>(code.records());
    var enums = new HashMap<>(code.enums());
    Deque<ContractType> types = new ArrayDeque<>();
    for (JobEntry job : kept.jobs().values()) {
      jobs.put(job.name(), job);
      job.parameters().values().forEach(field -> types.add(field.type()));
    }
    while (!types.isEmpty()) {
      switch (types.pop()) {
        case ContractType.Scalar scalar -> {}
        case ContractType.ListOf list -> types.add(list.element());
        case ContractType.SetOf set -> types.add(set.element());
        case ContractType.Nullable nullable -> types.add(nullable.type());
        case ContractType.Named named -> {
          var record = committed.records().get(named.name());
          if (record != null && records.putIfAbsent(named.name(), record) == null) {
            record.components().values().stream().map(Field::type).forEach(types::add);
          }
          var enumEntry = committed.enums().get(named.name());
          if (enumEntry != null) {
            enums.putIfAbsent(named.name(), enumEntry);
          }
        }
      }
    }
    return new Contract(jobs, records, enums);
  }

  private void write(Contract contract) {
    String text = ContractFormat.format(contract);
    try {
      // A checkout may have turned the line ends into CRLF: the facts are the same.
      if (Files.exists(file) && Files.readString(file).replace("\r\n", "\n").equals(text)) {
        return;
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      messager.printMessage(Diagnostic.Kind.NOTE, Message.CONTRACT_WRITTEN.format(file));
    } catch (IOException e) {
      error(Message.CONTRACT_IO_FAILED.format("write", file, e));
    }
  }

  private void error(String message) {
    messager.printMessage(Diagnostic.Kind.ERROR, message);
  }
}
