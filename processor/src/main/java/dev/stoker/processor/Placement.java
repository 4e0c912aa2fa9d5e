package dev.stoker.processor;

import static dev.stoker.processor.RuntimeTypes.BATCH;
import static dev.stoker.processor.RuntimeTypes.BATCH_ID;
import static dev.stoker.processor.RuntimeTypes.JOB_ID;
import static javax.lang.model.element.Modifier.PUBLIC;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import java.util.List;

/**
 * A way to place a job relative to others, which the runtime's {@code JobSubmitter} offers and the
 * generated {@code Submitter} mirrors: in a batch, or after jobs or a batch.
 */
enum Placement {
  IN("in", "Adds the job to a batch being created, stored with the batch's other jobs.\n") {
    @Override
    MethodSpec.Builder parameters(MethodSpec.Builder method) {
      return method.addParameter(BATCH, "batch");
    }
  },
  AFTER(
      "after",
      "Makes the job a continuation: it runs once every parent job succeeded, and is deleted if"
          + " one\nfails or is deleted.\n") {
    @Override
    MethodSpec.Builder parameters(MethodSpec.Builder method) {
      return parentJobs(method);
    }
  },
  AFTER_ANY_OUTCOME(
      "afterAnyOutcome",
      "Makes the job a continuation that runs once every parent job ended, whatever the way.\n") {
    @Override
    MethodSpec.Builder parameters(MethodSpec.Builder method) {
      return parentJobs(method);
    }
  },
  AFTER_BATCH(
      "afterBatch",
      "Makes the job a continuation of a batch: it runs once every job of the batch succeeded or"
          + " was\ndeleted; a failed one holds it back until it is requeued or deleted.\n") {
    @Override
    MethodSpec.Builder parameters(MethodSpec.Builder method) {
      return method.addParameter(BATCH_ID, "batch");
    }
  },
  AFTER_BATCH_ANY_OUTCOME(
      "afterBatchAnyOutcome",
      "Makes the job a continuation that runs once every job of the batch ended, whatever the"
          + " way.\n") {
    @Override
    MethodSpec.Builder parameters(MethodSpec.Builder method) {
      return method.addParameter(BATCH_ID, "batch");
    }
  };

  static final List<Placement> ALL = List.of(values());

  private final String methodName;
  private final String javadoc;

  Placement(String methodName, String javadoc) {
    this.methodName = methodName;
    this.javadoc = javadoc;
  }

  /** The method's name, the same on the runtime's {@code JobSubmitter}. */
  String methodName() {
    return methodName;
  }

  /** The method, without its body, returning {@code returns}. */
  MethodSpec.Builder method(ClassName returns) {
    return parameters(
        MethodSpec.methodBuilder(methodName)
            .addJavadoc(javadoc)
            .addModifiers(PUBLIC)
            .returns(returns));
  }

  /** How the method passes its parameters on. */
  String arguments() {
    return this == AFTER || this == AFTER_ANY_OUTCOME ? "parent, more" : "batch";
  }

  abstract MethodSpec.Builder parameters(MethodSpec.Builder method);

  private static MethodSpec.Builder parentJobs(MethodSpec.Builder method) {
    return method
        .addParameter(JOB_ID, "parent")
        .addParameter(ArrayTypeName.of(JOB_ID), "more")
        .varargs(true);
  }
}
