package dev.stoker.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * A module with a job contract: the base sources under {@code contracts/base/}, compiled once to
 * write the contract, then again with some files changed, each change in a folder of its own under
 * {@code contracts/}.
 */
final class ContractModule {

  private static final List<String> BASE =
      List.of("WelcomeService.java", "Plan.java", "Address.java", "Nullable.java");

  private final Path directory;

  ContractModule(Path directory) {
    this.directory = directory;
  }

  /** The file the processor keeps the contract in. */
  Path file() {
    return directory.resolve(JobContracts.FILE_NAME);
  }

  String contract() {
    try {
      return Files.readString(file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles the base module, which writes the contract. */
  ContractModule compiledOnce() {
    Compilation base = compile();
    assertThat(base).succeededWithoutWarnings();
    assertThat(contract()).contains("job mail.welcome parameter userId long");
    return this;
  }

  /**
   * Compiles the base module with the given files, such as {@code "retyped/Plan.java"}, in place of
   * its own.
   */
  Compilation compile(String... changed) {
    return compileWithout(List.of(), changed);
  }

  /** The same, without the base's files of the given names. */
  Compilation compileWithout(List<String> removed, String... changed) {
    Map<String, JavaFileObject> sources = new LinkedHashMap<>();
    for (String file : BASE) {
      if (!removed.contains(file)) {
        sources.put(file, source("base/" + file));
      }
    }
    for (String file : changed) {
      sources.put(file.substring(file.lastIndexOf('/') + 1), source(file));
    }
    return Compilations.compileWithRuntime(
        List.of("-A" + JobContracts.OPTION + "=" + directory),
        List.of(),
        new ArrayList<>(sources.values()).toArray(JavaFileObject[]::new));
  }

  /** A source of the module, as errors point at it. */
  static JavaFileObject source(String file) {
    return Compilations.source("contracts/" + file);
  }

  static List<String> lines(String text) {
    return Arrays.asList(text.split("\n"));
  }
}
