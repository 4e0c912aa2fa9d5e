package dev.stoker.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link StokerStartupException} into Spring Boot's description-and-action report. */
final class StokerStartupFailureAnalyzer extends AbstractFailureAnalyzer<StokerStartupException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StokerStartupException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
