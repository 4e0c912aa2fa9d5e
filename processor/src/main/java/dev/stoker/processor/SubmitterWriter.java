package dev.stoker.processor;

import static dev.stoker.processor.RuntimeTypes.DURATION;
import static dev.stoker.processor.RuntimeTypes.ENQUEUED;
import static dev.stoker.processor.RuntimeTypes.INSTANT;
import static dev.stoker.processor.RuntimeTypes.JOB_ARGUMENTS;
import static dev.stoker.processor.RuntimeTypes.JOB_ID;
import static dev.stoker.processor.RuntimeTypes.JOB_SUBMITTER;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PRIVATE;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stoker.processor.JobDescriptor.GeneratedNames;
import java.util.List;

/**
 * Writes a job's {@code Submitter}: the typed {@code enqueue}, {@code schedule} and {@code
 * scheduleAt} of one client, which the static methods call with the installed one.
 */
final class SubmitterWriter {

  TypeSpec submitterType(JobDescriptor job, ClassName submitter, ClientParameters parameters) {
    GeneratedNames names = job.names();
    String field = names.submitter();
    CodeBlock arguments =
        parameters.isEmpty()
            ? CodeBlock.of("$T.NONE", JOB_ARGUMENTS)
            : CodeBlock.of("arguments($L)", parameters.names());
    boolean unique = job.definition().limits().uniqueKey() != null;
    String suffix = unique ? "Unique" : "";
    return TypeSpec.classBuilder(submitter)
        .addJavadoc("Creates {@code $L} jobs through a chosen client.\n", job.definition().name())
        .addModifiers(PUBLIC, STATIC, FINAL)
        .addField(JOB_SUBMITTER, field, PRIVATE, FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(PRIVATE)
                .addParameter(JOB_SUBMITTER, field)
                .addStatement("this.$L = $L", field, field)
                .build())
        .addMethod(
            method("enqueue", null, parameters, unique)
                .addJavadoc("Creates the job, to run as soon as a worker is free.\n")
                .addStatement(
                    "return $L.enqueue$L($L,$W$L)", field, suffix, names.definition(), arguments)
                .build())
        .addMethod(
            method(
                    "schedule",
                    ParameterSpec.builder(DURATION, names.delay()).build(),
                    parameters,
                    unique)
                .addJavadoc("Creates the job, to run once the delay has passed.\n")
                .addStatement(
                    "return $L.schedule$L($L,$W$L,$W$L)",
                    field,
                    suffix,
                    names.definition(),
                    arguments,
                    names.delay())
                .build())
        .addMethod(
            method(
                    "scheduleAt",
                    ParameterSpec.builder(INSTANT, names.instant()).build(),
                    parameters,
                    unique)
                .addJavadoc(
                    "Creates the job, to run at the instant, or at once if it has passed.\n")
                .addStatement(
                    "return $L.scheduleAt$L($L,$W$L,$W$L)",
                    field,
                    suffix,
                    names.definition(),
                    arguments,
                    names.instant())
                .build())
        .addMethods(placements(submitter, field))
        .build();
  }

  /**
   * The methods that place the job in a batch or after other jobs: each returns a submitter bound
   * the same way, so they chain ({@code using(client).after(id).enqueue(...)}).
   */
  private static List<MethodSpec> placements(ClassName submitter, String field) {
    return Placement.ALL.stream()
        .map(
            placement ->
                placement
                    .method(submitter)
                    .addStatement(
                        "return new $T($L.$L($L))",
                        submitter,
                        field,
                        placement.methodName(),
                        placement.arguments())
                    .build())
        .toList();
  }

  /**
   * A client method; {@code when} is its first parameter, or null. A unique job's methods say
   * whether they created the job or found it.
   */
  static MethodSpec.Builder method(
      String name, ParameterSpec when, ClientParameters parameters, boolean unique) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name).addModifiers(PUBLIC).returns(unique ? ENQUEUED : JOB_ID);
    if (when != null) {
      method.addParameter(when);
    }
    return method.addParameters(parameters.specs());
  }
}
