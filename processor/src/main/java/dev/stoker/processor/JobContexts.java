package dev.stoker.processor;

import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/** Recognizes the parameter that receives the running job's context instead of an argument. */
final class JobContexts {

  static final String JOB_CONTEXT = "dev.stoker.JobContext";

  private JobContexts() {}

  static boolean isJobContext(VariableElement parameter) {
    return parameter.asType() instanceof DeclaredType type
        && type.asElement() instanceof TypeElement element
        && element.getQualifiedName().contentEquals(JOB_CONTEXT);
  }
}
