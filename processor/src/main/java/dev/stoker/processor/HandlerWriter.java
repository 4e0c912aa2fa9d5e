package dev.stoker.processor;

import static dev.stoker.processor.RuntimeTypes.ARGUMENT_READER;
import static dev.stoker.processor.RuntimeTypes.JOB_DEFINITION;
import static dev.stoker.processor.RuntimeTypes.JOB_HANDLER;
import static dev.stoker.processor.RuntimeTypes.JOB_INVOCATION;
import static javax.lang.model.element.Modifier.FINAL;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stoker.processor.JobDescriptor.GeneratedNames;
import dev.stoker.processor.JobDescriptor.JobParameter;
import java.util.List;

/**
 * Writes a job's {@code Handler}: it reads the stored arguments and calls the {@code @Job} method
 * directly, without reflection.
 */
final class HandlerWriter {

  TypeSpec handlerType(JobDescriptor job, CodecWriter codecs) {
    return TypeSpec.classBuilder("Handler")
        .addJavadoc(
            "Runs {@code $L} jobs; the runtime finds it through\n{@link java.util.ServiceLoader}.\n",
            job.definition().name())
        .addModifiers(PUBLIC, STATIC, FINAL)
        .addSuperinterface(JOB_HANDLER)
        .addMethod(
            MethodSpec.methodBuilder("definition")
                .addAnnotation(Override.class)
                .addModifiers(PUBLIC)
                .returns(JOB_DEFINITION)
                .addStatement("return $L", job.names().definition())
                .build())
        .addMethod(run(job, codecs))
        .addMethods(job.arguments().isEmpty() ? List.of() : List.of(checkArguments(job, codecs)))
        .build();
  }

  /** Reads the arguments as {@code run} does, so that a server can check stored jobs at start. */
  private static MethodSpec checkArguments(JobDescriptor job, CodecWriter codecs) {
    MethodSpec.Builder check =
        MethodSpec.methodBuilder("checkArguments")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .addParameter(ARGUMENT_READER, "arguments");
    for (JobParameter.Argument argument : job.arguments()) {
      check.addStatement("$L", read("arguments", argument, codecs));
    }
    return check.build();
  }

  private static CodeBlock read(String reader, JobParameter.Argument argument, CodecWriter codecs) {
    return codecs.read(reader, argument.name(), argument.codec(), argument.fallback());
  }

  private static MethodSpec run(JobDescriptor job, CodecWriter codecs) {
    GeneratedNames names = job.names();
    MethodSpec.Builder run =
        MethodSpec.methodBuilder("run")
            .addAnnotation(Override.class)
            .addModifiers(PUBLIC)
            .addParameter(JOB_INVOCATION, names.invocation())
            .addException(Exception.class);
    if (!job.arguments().isEmpty()) {
      run.addStatement(
          "$T $L = $L.arguments()", ARGUMENT_READER, names.reader(), names.invocation());
    }
    for (JobParameter.Argument argument : job.arguments()) {
      run.addStatement(
          "$T $L = $L",
          TypeName.get(argument.type()),
          argument.name(),
          read(names.reader(), argument, codecs));
    }
    CodeBlock passed =
        job.parameters().stream()
            .map(
                parameter ->
                    switch (parameter) {
                      case JobParameter.Argument argument -> CodeBlock.of("$L", argument.name());
                      case JobParameter.Context context ->
                          CodeBlock.of("$L.context()", names.invocation());
                    })
            .collect(CodeBlock.joining(",$W"));
    return run.addStatement("$L.$L($L)", target(job), job.method().getSimpleName(), passed).build();
  }

  /** What the method is called on: its class, or an instance the invocation provides. */
  private static CodeBlock target(JobDescriptor job) {
    ClassName type = ClassName.get(job.declaringType());
    String invocation = job.names().invocation();
    return switch (job.instanceSource()) {
      case STATIC -> CodeBlock.of("$T", type);
      case CONSTRUCTOR -> CodeBlock.of("$L.instance($T.class, $T::new)", invocation, type, type);
      case REGISTERED -> CodeBlock.of("$L.instance($T.class)", invocation, type);
    };
  }
}
