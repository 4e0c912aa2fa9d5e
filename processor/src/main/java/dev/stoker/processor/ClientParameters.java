package dev.stoker.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of a job's client methods (its stored arguments, in order), and how a client
 * method passes them on.
 */
record ClientParameters(List<ParameterSpec> specs, CodeBlock names) {

  static ClientParameters of(JobDescriptor job) {
    return new ClientParameters(
        job.arguments().stream()
            .map(
                argument ->
                    ParameterSpec.builder(TypeName.get(argument.type()), argument.name()).build())
            .toList(),
        job.arguments().stream()
            .map(argument -> CodeBlock.of("$L", argument.name()))
            .collect(CodeBlock.joining(",$W")));
  }

  boolean isEmpty() {
    return specs.isEmpty();
  }

  /** The job's arguments as generated methods capture them: {@code arguments(userId, note)}. */
  CodeBlock captured() {
    return isEmpty()
        ? CodeBlock.of("$T.NONE", RuntimeTypes.JOB_ARGUMENTS)
        : CodeBlock.of("arguments($L)", names);
  }

  /** The names, after another argument: {@code delay, userId, note}. */
  CodeBlock namesAfter(String first) {
    List<CodeBlock> all = new ArrayList<>();
    all.add(CodeBlock.of("$L", first));
    if (!names.isEmpty()) {
      all.add(names);
    }
    return CodeBlock.join(all, ",$W");
  }
}
