package dev.stoker.processor;

import static dev.stoker.processor.RuntimeTypes.EXPECTED_JOB;
import static javax.lang.model.element.Modifier.PUBLIC;
import static javax.lang.model.element.Modifier.STATIC;

import com.palantir.javapoet.MethodSpec;
import java.util.List;

/**
 * Writes what tests expect of a job: {@code with(...)}, taking the job's arguments by their names
 * and types, so that an assertion with a wrong argument does not compile, and {@code
 * withAnyArguments()}.
 */
final class ExpectationWriter {

  List<MethodSpec> staticMethods(JobDescriptor job, ClientParameters parameters) {
    String definition = job.names().definition();
    return List.of(
        MethodSpec.methodBuilder("with")
            .addJavadoc(
                "The job with exactly these arguments, as a test expects to find it:\n{@code"
                    + " assertEnqueued($L.with(...))}.\n",
                job.className())
            .addModifiers(PUBLIC, STATIC)
            .returns(EXPECTED_JOB)
            .addParameters(parameters.specs())
            .addStatement("return $T.of($L,$W$L)", EXPECTED_JOB, definition, parameters.captured())
            .build(),
        MethodSpec.methodBuilder("withAnyArguments")
            .addJavadoc("The job whatever its arguments, as a test expects to find it.\n")
            .addModifiers(PUBLIC, STATIC)
            .returns(EXPECTED_JOB)
            .addStatement("return $T.of($L)", EXPECTED_JOB, definition)
            .build());
  }
}
