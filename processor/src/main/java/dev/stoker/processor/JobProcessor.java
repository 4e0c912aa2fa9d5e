package dev.stoker.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Checks every {@code @Job} method and generates its {@code <Name>Jobs} class and the registry of
 * handlers, then checks the jobs against the module's job contract. Only wires: the work is done by
 * the validator, the descriptor factory, the writers and the contract keeper.
 */
@AutoService(Processor.class)
public final class JobProcessor extends AbstractProcessor {

  private JobMethods jobMethods;
  private JobMethodValidator validator;
  private JobClaims claims;
  private JobDescriptorFactory descriptors;
  private LocalJobScanner localJobs;
  private final JobsClassWriter jobsClassWriter = new JobsClassWriter();
  private final HandlerRegistryWriter registry = new HandlerRegistryWriter();
  private JobContracts contracts;
  private boolean failed;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    Elements elements = processingEnv.getElementUtils();
    Types types = processingEnv.getTypeUtils();
    ArgumentTypes argumentTypes = new ArgumentTypes(elements, types);
    jobMethods = new JobMethods(elements);
    validator = new JobMethodValidator(elements, argumentTypes);
    claims = new JobClaims(elements);
    descriptors = new JobDescriptorFactory(elements, types, argumentTypes);
    localJobs = LocalJobScanner.create(processingEnv);
    String directory = processingEnv.getOptions().get(JobContracts.OPTION);
    contracts =
        new JobContracts(
            directory == null || directory.isBlank() ? null : directory,
            elements,
            processingEnv.getMessager());
  }

  /** The directory of the module's job contract. */
  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(JobContracts.OPTION);
  }

  /**
   * All, not only {@code @Job}: javac hides the {@code @Job} methods of local and anonymous
   * classes, and calls a processor of {@code @Job} alone only in rounds with a {@code @Job} it can
   * see. Claims nothing, so other processors still see every annotation.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (!round.processingOver()) {
        processRound(round);
      } else if (!failed && !round.errorRaised()) {
        registry.write(processingEnv.getFiler());
        contracts.finish();
      }
    } catch (Throwable t) {
      StringWriter stackTrace = new StringWriter();
      t.printStackTrace(new PrintWriter(stackTrace));
      processingEnv
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, Message.PROCESSOR_FAILED.format(stackTrace));
    }
    return false;
  }

  /** Validates all of the round's jobs, and generates their code only if none has a problem. */
  private void processRound(RoundEnvironment round) throws IOException {
    ValidationReport report = new ValidationReport();
    List<ExecutableElement> valid = new ArrayList<>();
    for (ExecutableElement method : jobMethods.of(round)) {
      ValidationReport problems = validator.validate(method);
      if (problems.hasUnresolvedTypes()) {
        jobMethods.defer(method);
        continue;
      }
      claims.claim(method, problems);
      if (problems.isClean()) {
        valid.add(method);
      }
      report.addAll(problems);
    }
    report.printTo(processingEnv.getMessager());
    contracts.collectMarkers(round);
    failed |= !report.isClean();
    failed |= localJobs.report(round);
    if (failed) {
      return;
    }
    for (ExecutableElement method : valid) {
      JobDescriptor job = descriptors.describe(method);
      jobsClassWriter.javaFile(job).writeTo(processingEnv.getFiler());
      registry.add(job.handlerBinaryName(), job.declaringType());
      contracts.add(job);
    }
  }
}
