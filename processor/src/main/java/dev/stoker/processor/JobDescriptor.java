package dev.stoker.processor;

import java.time.Duration;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Everything the writers need to know of one valid {@code @Job} method, decided once: the class to
 * generate, the job's definition, how each parameter is stored, and the identifiers generated code
 * may use without clashing with the parameters.
 *
 * @param method the {@code @Job} method
 * @param declaringType the type that declares it
 * @param packageName the package of both the method and the generated class
 * @param className the generated class's simple name, such as {@code WelcomeEmailJobs}
 * @param definition the job's name, aliases and annotation attributes
 * @param instanceSource how the handler gets the object to call the method on
 * @param parameters the method's parameters, in order
 * @param records the codecs of the records among the arguments, each after those it uses
 * @param names the identifiers of generated code, chosen so parameters do not shadow them
 */
record JobDescriptor(
    ExecutableElement method,
    TypeElement declaringType,
    String packageName,
    String className,
    Definition definition,
    InstanceSource instanceSource,
    List<JobParameter> parameters,
    List<RecordCodec> records,
    GeneratedNames names) {

  /**
   * The arguments of the runtime's {@code JobDefinition}; {@code timeout} is null when the job has
   * none.
   */
  record Definition(
      String name,
      List<String> aliases,
      String queue,
      int retries,
      int priority,
      Recurrence recurrence,
      Duration timeout,
      Limits limits) {}

  /**
   * The arguments of the runtime's {@code JobLimits}: 0 for a limit that is not set, an empty key
   * for one that counts the job as a whole; {@code uniqueKey} is null for a job that is not unique,
   * {@code uniqueFor} null for one unique while it waits or runs.
   */
  record Limits(
      boolean exclusive,
      int concurrency,
      String concurrencyKey,
      List<String> uniqueKey,
      Duration uniqueFor,
      int rateLimit,
      Duration ratePeriod,
      String rateLimitKey) {

    boolean isEmpty() {
      return !exclusive && concurrency == 0 && uniqueKey == null && rateLimit == 0;
    }
  }

  /**
   * The arguments of the runtime's {@code Recurrence}: the attributes of a recurring job, with an
   * empty cron for one that is not.
   */
  record Recurrence(String cron, String zone, String except, String misfire, String maxLag) {

    boolean isRecurring() {
      return !cron.isEmpty();
    }
  }

  enum InstanceSource {
    /** A static method: called on its class. */
    STATIC,
    /** The application's instance if it registered one, else a new one from the constructor. */
    CONSTRUCTOR,
    /** No constructor to call: the application must register an instance. */
    REGISTERED
  }

  /** A parameter of the method: a stored argument, or the job's context. */
  sealed interface JobParameter {
    String name();

    /** A stored argument: its declared type, how it is stored, and how older jobs are read. */
    record Argument(
        VariableElement element,
        String name,
        TypeMirror type,
        ArgumentType codec,
        Fallback fallback)
        implements JobParameter {}

    record Context(String name) implements JobParameter {}
  }

  /** A record's codec, held by a constant of the generated class. */
  record RecordCodec(ArgumentType.RecordOf record, String constant) {}

  /**
   * Identifiers of generated code that live in the scope of the parameters (or of locals named
   * after them); {@code definition} and {@code installed} are how generated methods refer to the
   * constants {@code DEFINITION} and {@code INSTALLED}.
   */
  record GeneratedNames(
      String delay,
      String instant,
      String out,
      String invocation,
      String reader,
      String submitter,
      String definition,
      String installed) {}

  List<JobParameter.Argument> arguments() {
    return parameters.stream()
        .filter(JobParameter.Argument.class::isInstance)
        .map(JobParameter.Argument.class::cast)
        .toList();
  }

  /** The handler's binary name, as {@code ServiceLoader} reads it. */
  String handlerBinaryName() {
    return (packageName.isEmpty() ? "" : packageName + ".") + className + "$Handler";
  }
}
