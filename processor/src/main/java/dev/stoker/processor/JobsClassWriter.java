package dev.stoker.processor;

import static dev.stoker.processor.RuntimeTypes.DURATION;
import static dev.stoker.processor.RuntimeTypes.GENERATED;
import static dev.stoker.processor.RuntimeTypes.INSTANT;
import static dev.stoker.processor.RuntimeTypes.JOB_ARGUMENTS;
import static dev.stoker.processor.RuntimeTypes.JOB_CLIENT;
import static dev.stoker.processor.RuntimeTypes.JOB_DEFINITION;
import static dev.stoker.processor.RuntimeTypes.JOB_LIMITS;
import static dev.stoker.processor.RuntimeTypes.JOB_SUBMITTER;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stoker.processor.JobDescriptor.GeneratedNames;

/**
 * Writes a job's {@code <Name>Jobs} class: its definition, the record codecs, the typed static
 * client methods, and (through {@link SubmitterWriter} and {@link HandlerWriter}) its {@code
 * Submitter} and {@code Handler}.
 */
final class JobsClassWriter {

  private static final String PROCESSOR = "dev.stoker.processor.JobProcessor";

  private final SubmitterWriter submitterWriter = new SubmitterWriter();
  private final HandlerWriter handlerWriter = new HandlerWriter();
  private final RecurringWriter recurringWriter = new RecurringWriter();
  private final ExpectationWriter expectationWriter = new ExpectationWriter();

  JavaFile javaFile(JobDescriptor job) {
    ClassName jobs = ClassName.get(job.packageName(), job.className());
    ClassName submitter = jobs.nestedClass("Submitter");
    CodecWriter codecs = new CodecWriter(job.records());
    ClientParameters parameters = ClientParameters.of(job);
    GeneratedNames names = job.names();
    boolean unique = job.definition().limits().uniqueKey() != null;

    TypeSpec.Builder type =
        TypeSpec.classBuilder(jobs)
            .addOriginatingElement(job.declaringType())
            .addJavadoc(classJavadoc(job))
            .addAnnotation(
                AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build())
            .addModifiers(PUBLIC, FINAL)
            .addField(definition(job))
            .addField(
                FieldSpec.builder(submitter, "INSTALLED", PRIVATE, STATIC, FINAL)
                    .initializer("new $T($T.installed())", submitter, JOB_SUBMITTER)
                    .build())
            .addFields(codecs.recordFields())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(PRIVATE).build())
            .addMethod(
                staticMethod("enqueue", null, parameters, unique)
                    .addJavadoc(
                        "Creates the job, to run as soon as a worker is free, through the installed"
                            + " client.\n")
                    .addStatement("return $L.enqueue($L)", names.installed(), parameters.names())
                    .build())
            .addMethod(
                staticMethod(
                        "schedule",
                        ParameterSpec.builder(DURATION, names.delay()).build(),
                        parameters,
                        unique)
                    .addJavadoc(
                        "Creates the job, to run once the delay has passed, through the installed"
                            + " client.\n")
                    .addStatement(
                        "return $L.schedule($L)",
                        names.installed(),
                        parameters.namesAfter(names.delay()))
                    .build())
            .addMethod(
                staticMethod(
                        "scheduleAt",
                        ParameterSpec.builder(INSTANT, names.instant()).build(),
                        parameters,
                        unique)
                    .addJavadoc(
                        "Creates the job, to run at the instant (or at once if it has passed),"
                            + " through the\ninstalled client.\n")
                    .addStatement(
                        "return $L.scheduleAt($L)",
                        names.installed(),
                        parameters.namesAfter(names.instant()))
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("using")
                    .addJavadoc(
                        "Creates the job through the given client: one bound to a transaction, or"
                            + " one a test made.\n")
                    .addModifiers(PUBLIC, STATIC)
                    .returns(submitter)
                    .addParameter(JOB_CLIENT, "client")
                    .addStatement("return new $T($T.of(client))", submitter, JOB_SUBMITTER)
                    .build());
    for (Placement placement : Placement.ALL) {
      type.addMethod(
          placement
              .method(submitter)
              .addModifiers(STATIC)
              .addStatement(
                  "return $L.$L($L)",
                  names.installed(),
                  placement.methodName(),
                  placement.arguments())
              .build());
    }
    if (!parameters.isEmpty()) {
      type.addMethod(argumentsMethod(job, parameters, codecs));
    }
    ClassName recurring = jobs.nestedClass("Recurring");
    type.addMethods(recurringWriter.staticMethods(job, recurring));
    type.addMethods(expectationWriter.staticMethods(job, parameters));
    type.addType(submitterWriter.submitterType(job, submitter, parameters));
    type.addType(recurringWriter.recurringType(job, recurring, parameters));
    type.addType(handlerWriter.handlerType(job, codecs));
    job.records().forEach(codec -> type.addOriginatingElement(codec.record().type()));
    return JavaFile.builder(job.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static CodeBlock classJavadoc(JobDescriptor job) {
    CodeBlock.Builder javadoc =
        CodeBlock.builder()
            .add(
                "Runs {@link $T#$L} in the background as the job {@code $L}.\n",
                ClassName.get(job.declaringType()),
                job.method().getSimpleName(),
                job.definition().name())
            .add("\n")
            .add(
                "<p>{@link #enqueue}, {@link #schedule} and {@link #scheduleAt} create the job through"
                    + " the\nclient installed when Stoker started, {@link #using} through another; its"
                    + " {@link Handler}\nruns it.\n");
    if (job.definition().recurrence().isRecurring()) {
      javadoc.add(
          "\n<p>The job is recurring: Stoker also runs it on the cron schedule of its {@code"
              + " @Job}\nannotation.\n");
    }
    return javadoc.build();
  }

  private static FieldSpec definition(JobDescriptor job) {
    JobDescriptor.Definition definition = job.definition();
    CodeBlock attributes =
        CodeBlock.of(
            "$S, $S, $L, $L,$W$L",
            definition.name(),
            definition.queue(),
            definition.retries(),
            definition.priority(),
            RecurringWriter.recurrence(definition.recurrence()));
    if (definition.timeout() != null) {
      attributes =
          CodeBlock.of("$L,$W$T.parse($S)", attributes, DURATION, definition.timeout().toString());
    }
    CodeBlock initializer = CodeBlock.of("new $T($L)", JOB_DEFINITION, attributes);
    if (!definition.aliases().isEmpty()) {
      initializer =
          CodeBlock.of(
              "$L$W.withAliases($L)",
              initializer,
              definition.aliases().stream()
                  .map(alias -> CodeBlock.of("$S", alias))
                  .collect(CodeBlock.joining(", ")));
    }
    if (!definition.limits().isEmpty()) {
      initializer = CodeBlock.of("$L$W.withLimits($L)", initializer, limits(definition.limits()));
    }
    return FieldSpec.builder(JOB_DEFINITION, "DEFINITION", PUBLIC, STATIC, FINAL)
        .addJavadoc("The job's stable name and the attributes of its {@code @Job} annotation.\n")
        .initializer(initializer)
        .build();
  }

  /** {@code JobLimits.NONE} with each limit the annotation sets. */
  private static CodeBlock limits(JobDescriptor.Limits limits) {
    CodeBlock code = CodeBlock.of("$T.NONE", JOB_LIMITS);
    if (limits.exclusive()) {
      code = CodeBlock.of("$L$W.withExclusive()", code);
    }
    if (limits.concurrency() > 0 && (!limits.exclusive() || !limits.concurrencyKey().isEmpty())) {
      code =
          CodeBlock.of(
              "$L$W.withConcurrency($L, $S)", code, limits.concurrency(), limits.concurrencyKey());
    }
    if (limits.uniqueKey() != null) {
      CodeBlock period =
          limits.uniqueFor() == null
              ? CodeBlock.of("null")
              : CodeBlock.of("$T.parse($S)", DURATION, limits.uniqueFor().toString());
      CodeBlock keys =
          limits.uniqueKey().stream()
              .map(key -> CodeBlock.of(", $S", key))
              .collect(CodeBlock.joining(""));
      code = CodeBlock.of("$L$W.withUnique($L$L)", code, period, keys);
    }
    if (limits.rateLimit() > 0) {
      code =
          CodeBlock.of(
              "$L$W.withRateLimit($L, $T.parse($S), $S)",
              code,
              limits.rateLimit(),
              DURATION,
              limits.ratePeriod().toString(),
              limits.rateLimitKey());
    }
    return code;
  }

  private static MethodSpec.Builder staticMethod(
      String name, ParameterSpec when, ClientParameters parameters, boolean unique) {
    return SubmitterWriter.method(name, when, parameters, unique).addModifiers(STATIC);
  }

  /** Captures the arguments; they are written when the client stores the job. */
  private static MethodSpec argumentsMethod(
      JobDescriptor job, ClientParameters parameters, CodecWriter codecs) {
    String out = job.names().out();
    CodeBlock.Builder fields = CodeBlock.builder();
    for (JobDescriptor.JobParameter.Argument argument : job.arguments()) {
      fields.addStatement(
          "$L.field($S, $L, $L)",
          out,
          argument.name(),
          codecs.codec(argument.codec()),
          argument.name());
    }
    return MethodSpec.methodBuilder("arguments")
        .addModifiers(PRIVATE, STATIC)
        .returns(JOB_ARGUMENTS)
        .addParameters(parameters.specs())
        .addCode("return $L -> {\n$>", out)
        .addCode(fields.build())
        .addCode("$<};\n")
        .build();
  }
}
