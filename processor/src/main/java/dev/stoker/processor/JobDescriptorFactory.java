package dev.stoker.processor;

import dev.stoker.processor.ArgumentTypes.Resolution;
import dev.stoker.processor.JobDescriptor.GeneratedNames;
import dev.stoker.processor.JobDescriptor.InstanceSource;
import dev.stoker.processor.JobDescriptor.JobParameter;
import dev.stoker.processor.JobDescriptor.RecordCodec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns a valid {@code @Job} method into the {@link JobDescriptor} the writers work from. */
final class JobDescriptorFactory {

  private final Elements elements;
  private final Types types;
  private final ArgumentTypes argumentTypes;

  JobDescriptorFactory(Elements elements, Types types, ArgumentTypes argumentTypes) {
    this.elements = elements;
    this.types = types;
    this.argumentTypes = argumentTypes;
  }

  JobDescriptor describe(ExecutableElement method) {
    JobAnnotation job = JobAnnotation.of(method, elements);
    TypeElement type = (TypeElement) method.getEnclosingElement();
    String packageName = Visibility.packageOf(method, elements);
    String name = JobNames.jobName(job, method);
    String className = JobNames.className(name);
    List<JobParameter> parameters = parameters(method, packageName);
    Set<String> taken = new HashSet<>();
    parameters.stream()
        .filter(JobParameter.Argument.class::isInstance)
        .forEach(parameter -> taken.add(parameter.name()));
    return new JobDescriptor(
        method,
        type,
        packageName,
        className,
        new JobDescriptor.Definition(
            name,
            job.aliases().stream().distinct().toList(),
            job.queue(),
            job.retries(),
            job.priority(),
            new JobDescriptor.Recurrence(
                job.cron(), job.zone(), job.except(), job.misfire(), job.maxLag()),
            JobTimeouts.parse(job.timeout()).orElse(null),
            limits(job)),
        instanceSource(method, type),
        parameters,
        recordCodecs(parameters, taken),
        names(taken, className));
  }

  private static JobDescriptor.Limits limits(JobAnnotation job) {
    boolean unique = job.unique() || !job.uniqueKey().isEmpty() || !job.uniqueFor().isEmpty();
    return new JobDescriptor.Limits(
        job.exclusive(),
        job.exclusive() ? 1 : job.concurrency(),
        job.concurrencyKey(),
        unique ? List.copyOf(job.uniqueKey()) : null,
        JobTimeouts.parse(job.uniqueFor()).orElse(null),
        job.rateLimit(),
        JobTimeouts.parse(job.ratePeriod()).orElseThrow(),
        job.rateLimitKey());
  }

  private List<JobParameter> parameters(ExecutableElement method, String packageName) {
    List<JobParameter> parameters = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      String name = parameter.getSimpleName().toString();
      if (JobContexts.isJobContext(parameter)) {
        parameters.add(new JobParameter.Context(name));
      } else if (argumentTypes.resolve(parameter, packageName)
          instanceof Resolution.Storable storable) {
        parameters.add(
            new JobParameter.Argument(
                parameter, name, parameter.asType(), storable.type(), Fallback.of(parameter)));
      } else {
        throw new IllegalStateException(
            "Parameter " + name + " of " + method + " was not validated");
      }
    }
    return List.copyOf(parameters);
  }

  private InstanceSource instanceSource(ExecutableElement method, TypeElement type) {
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return InstanceSource.STATIC;
    }
    boolean instantiable =
        (type.getKind().isClass() && type.getKind() != ElementKind.ENUM)
            && !type.getModifiers().contains(Modifier.ABSTRACT);
    boolean hasConstructor =
        ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .anyMatch(
                constructor ->
                    constructor.getParameters().isEmpty()
                        && !constructor.getModifiers().contains(Modifier.PRIVATE)
                        && constructor.getThrownTypes().stream().noneMatch(this::isChecked));
    return instantiable && hasConstructor ? InstanceSource.CONSTRUCTOR : InstanceSource.REGISTERED;
  }

  /** A constructor reference is a {@code Supplier}, which cannot throw checked exceptions. */
  private boolean isChecked(TypeMirror exception) {
    return !types.isSubtype(
            exception, elements.getTypeElement("java.lang.RuntimeException").asType())
        && !types.isSubtype(exception, elements.getTypeElement("java.lang.Error").asType());
  }

  /** One codec constant per record, after the records it uses, named after the record. */
  private static List<RecordCodec> recordCodecs(List<JobParameter> parameters, Set<String> taken) {
    Map<TypeElement, ArgumentType.RecordOf> records = new LinkedHashMap<>();
    for (JobParameter parameter : parameters) {
      if (parameter instanceof JobParameter.Argument argument) {
        argument.codec().forEachRecord(record -> records.putIfAbsent(record.type(), record));
      }
    }
    Set<String> names = new HashSet<>(taken);
    names.add("DEFINITION");
    names.add("INSTALLED");
    List<RecordCodec> codecs = new ArrayList<>();
    for (ArgumentType.RecordOf record : records.values()) {
      String simple = constantName(record.type().getSimpleName().toString());
      String nested = constantName(TypeDisplay.of(record.type()).replace('.', '_'));
      String constant = names.contains(simple) ? free(nested, names) : simple;
      names.add(constant);
      codecs.add(new RecordCodec(record, constant));
    }
    return List.copyOf(codecs);
  }

  private static GeneratedNames names(Set<String> taken, String className) {
    return new GeneratedNames(
        free("delay", taken),
        free("instant", taken),
        free("out", taken),
        free("invocation", taken),
        free("arguments", taken),
        free("submitter", taken),
        taken.contains("DEFINITION") ? className + ".DEFINITION" : "DEFINITION",
        taken.contains("INSTALLED") ? className + ".INSTALLED" : "INSTALLED");
  }

  /** The name, or the first of name2, name3... that no parameter has. */
  private static String free(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }

  /** {@code OrderLine} -> {@code ORDER_LINE}. */
  private static String constantName(String typeName) {
    return typeName
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("([A-Z])([A-Z][a-z])", "$1_$2")
        .toUpperCase(Locale.ROOT);
  }
}
