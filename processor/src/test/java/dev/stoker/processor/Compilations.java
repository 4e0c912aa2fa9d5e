package dev.stoker.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;

/** Compiles test sources through the processor. */
final class Compilations {

  /**
   * The runtime's API that generated code calls, compiled from the runtime's own sources: the
   * processor cannot depend on the runtime module (the runtime's tests run the processor).
   */
  private static final Path RUNTIME_SOURCES = Path.of("../runtime/src/main/java/dev/stoker");

  private static final List<String> RUNTIME_API_FILES =
      List.of(
          "JobId.java",
          "BatchId.java",
          "JobClient.java",
          "JobContext.java",
          "JobCancelledException.java",
          "RecurringJobs.java");
  private static final List<String> RUNTIME_API_PACKAGES = List.of("job", "codec", "schedule");

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
    all.addAll(runtimeApi());
    List<Processor> processors = new ArrayList<>(others);
    processors.add(new JobProcessor());
    return javac()
        .withOptions("-Xlint:all,-processing,-serial")
        .withProcessors(processors)
        .compile(all);
  }

  private static List<JavaFileObject> runtimeApi() {
    List<Path> files = new ArrayList<>();
    RUNTIME_API_FILES.forEach(file -> files.add(RUNTIME_SOURCES.resolve(file)));
    for (String apiPackage : RUNTIME_API_PACKAGES) {
      try (Stream<Path> sources = Files.list(RUNTIME_SOURCES.resolve(apiPackage))) {
        sources.filter(file -> file.toString().endsWith(".java")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the runtime's API sources", e);
      }
    }
    return files.stream().map(Compilations::fileObject).toList();
  }

  private static JavaFileObject fileObject(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
