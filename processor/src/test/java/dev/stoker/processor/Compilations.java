package dev.stoker.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles test sources through the processor. */
final class Compilations {

  /**
   * The runtime's API that generated code calls, compiled from the runtime's own sources (once per
   * test run): the processor cannot depend on the runtime module (the runtime's tests run the
   * processor).
   */
  private static final Path RUNTIME_SOURCES = Path.of("../runtime/src/main/java/dev/stoker");

  private static final List<String> RUNTIME_API_FILES =
      List.of(
          "JobId.java",
          "Enqueued.java",
          "BatchId.java",
          "JobClient.java",
          "JobContext.java",
          "JobCancelledException.java",
          "RecurringJobs.java");
  private static final List<String> RUNTIME_API_PACKAGES = List.of("job", "codec", "schedule");

  private static List<File> runtimeClassPath;

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
   * Compiles against the runtime's API, so that generated code must compile, with every lint
   * warning on.
   */
  static Compilation compileWithRuntime(JavaFileObject... sources) {
    return compileWithRuntime(List.of(), sources);
  }

  static Compilation compileWithRuntime(List<Processor> others, JavaFileObject... sources) {
    return compileWithRuntime(List.of(), others, sources);
  }

  /** The same, with more options for javac, such as {@code -Astoker.contracts=...}. */
  static Compilation compileWithRuntime(
      List<String> options, List<Processor> others, JavaFileObject... sources) {
    List<String> all = new ArrayList<>(List.of("-Xlint:all,-processing,-serial"));
    all.addAll(options);
    List<Processor> processors = new ArrayList<>(others);
    processors.add(new JobProcessor());
    return javac()
        .withClasspath(runtimeClassPath())
        .withOptions(all)
        .withProcessors(processors)
        .compile(sources);
  }

  /**
   * The class path of an incremental build after the given one: its class files, as it leaves them
   * in the given directory, and the runtime's API.
   */
  static List<File> classPathAfter(Compilation earlier, Path classes) throws IOException {
    for (JavaFileObject file : earlier.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = classes.resolve(file.toUri().getPath().replaceFirst("^/CLASS_OUTPUT/", ""));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    List<File> classPath = new ArrayList<>(List.of(classes.toFile()));
    classPath.addAll(runtimeClassPath());
    return classPath;
  }

  /** The test class path, and the runtime's API compiled once for all tests. */
  static synchronized List<File> runtimeClassPath() {
    if (runtimeClassPath == null) {
      List<File> classPath = new ArrayList<>();
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        classPath.add(new File(entry));
      }
      classPath.add(0, compileRuntimeApi(classPath));
      runtimeClassPath = List.copyOf(classPath);
    }
    return runtimeClassPath;
  }

  private static File compileRuntimeApi(List<File> classPath) {
    try {
      Path classes = Files.createTempDirectory("stoker-runtime-api");
      classes.toFile().deleteOnExit();
      JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
      try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
        files.setLocation(StandardLocation.CLASS_PATH, classPath);
        files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
        boolean compiled =
            compiler
                .getTask(
                    null,
                    files,
                    null,
                    List.of("-proc:none"),
                    null,
                    files.getJavaFileObjectsFromPaths(runtimeApi()))
                .call();
        if (!compiled) {
          throw new IllegalStateException("The runtime's API sources do not compile");
        }
      }
      return classes.toFile();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot compile the runtime's API", e);
    }
  }

  private static List<Path> runtimeApi() {
    List<Path> files = new ArrayList<>();
    RUNTIME_API_FILES.forEach(file -> files.add(RUNTIME_SOURCES.resolve(file)));
    for (String apiPackage : RUNTIME_API_PACKAGES) {
      try (Stream<Path> sources = Files.list(RUNTIME_SOURCES.resolve(apiPackage))) {
        sources.filter(file -> file.toString().endsWith(".java")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the runtime's API sources", e);
      }
    }
    return files;
  }
}
