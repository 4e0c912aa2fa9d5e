package dev.stoker.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles test sources through the processor. */
final class Compilations {

  /** The stand-ins for the runtime's API, under {@code src/test/resources/stubs}. */
  private static final List<String> RUNTIME_STUBS =
      List.of(
          "JobId",
          "JobClient",
          "JobContext",
          "job/JobDefinition",
          "job/JobArguments",
          "job/JobSubmitter",
          "job/JobHandler",
          "job/JobInvocation",
          "codec/ArgumentCodec",
          "codec/ArgumentWriter",
          "codec/ArgumentReader",
          "codec/Codecs");

  private Compilations() {}

  /** A test resource, such as {@code bad/parameters/EntityParameter.java}. */
  static JavaFileObject source(String resource) {
    return JavaFileObjects.forResource(resource);
  }

  /**
   * Compiles without the runtime, as a bad input should be: anything generated would then fail to
   * compile with errors of its own, so an exact error count also shows that nothing was generated.
   */
  static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new JobProcessor()).compile(sources);
  }

  /**
   * Compiles with the stand-ins for the runtime's API, so that generated code must compile, with
   * every lint warning on.
   */
  static Compilation compileWithRuntime(JavaFileObject... sources) {
    return compileWithRuntime(List.of(), sources);
  }

  static Compilation compileWithRuntime(List<Processor> others, JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(Arrays.asList(sources));
    RUNTIME_STUBS.forEach(stub -> all.add(source("stubs/dev/stoker/" + stub + ".java")));
    List<Processor> processors = new ArrayList<>(others);
    processors.add(new JobProcessor());
    return javac().withOptions("-Xlint:all,-processing").withProcessors(processors).compile(all);
  }
}
